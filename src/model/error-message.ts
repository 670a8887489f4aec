/** What went wrong, for a report line or a panel: an error's message (or the thrown value), first line only. */
export function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
}
