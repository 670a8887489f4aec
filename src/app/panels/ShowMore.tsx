import { useState, type ReactElement } from 'react';

/** Long lists render a page at a time: thousands of rows re-laid out on every filter change would stall scrubbing. */
export const LIST_PAGE = 200;

/** How many rows a list shows, and the button that shows the next page. */
export function usePaging(): [number, (total: number) => ReactElement | null] {
  const [limit, setLimit] = useState(LIST_PAGE);
  const more = (total: number) =>
    total > limit ? (
      <button type="button" className="more" onClick={() => setLimit((n) => n + LIST_PAGE)}>
        Show {Math.min(LIST_PAGE, total - limit)} more of {total - limit}
      </button>
    ) : null;
  return [limit, more];
}
