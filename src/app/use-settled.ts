/**
 * A value that follows `value` at once after a quiet spell, but while it keeps changing (a scrub: arrow key held,
 * handle dragged, playback) waits until it has stood still for `quietMs`. For views that are costly to redraw and
 * need not follow every frame (the sidebar lists, the label layout).
 */
import { useEffect, useRef, useState } from 'react';

export function useSettled<T>(value: T, quietMs: number): T {
  const [settled, setSettled] = useState(value);
  const lastChange = useRef(-Infinity);
  useEffect(() => {
    const now = performance.now();
    const quiet = now - lastChange.current >= quietMs;
    lastChange.current = now;
    if (quiet) {
      setSettled(() => value);
      return;
    }
    const timer = setTimeout(() => setSettled(() => value), quietMs);
    return () => clearTimeout(timer);
  }, [value, quietMs]);
  return settled;
}
