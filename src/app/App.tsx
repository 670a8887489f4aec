/** Loads the data, keeps the small app state (dates, roles, selection) and derives everything else. */
import { useEffect, useMemo, useState } from 'react';
import { DEFAULT_VISIBLE_ROLES, ROLES, type Role } from '../model/contract.js';
import { loadSiteData } from './data/load.js';
import { buildSiteIndex, type SiteIndex } from './data/site-index.js';
import { countByPlace, mentionsOfPlace, type Filters } from './data/filter.js';
import { MapView } from './map/MapView.js';
import { ExcerptPanel } from './panels/ExcerptPanel.js';
import { DateRangeSlider, type DayRange } from './timeline/DateRangeSlider.js';
import { markReady } from './test-hooks.js';
import { useTheme } from './use-theme.js';

type LoadState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; index: SiteIndex };

export function App() {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    loadSiteData().then(
      (data) => {
        setLoad({ status: 'ready', index: buildSiteIndex(data) });
        markReady();
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        setLoad({ status: 'error', message });
        markReady(message);
      },
    );
  }, []);

  if (load.status === 'loading') return <p className="status">Loading the map data…</p>;
  if (load.status === 'error') {
    return (
      <div className="status error" role="alert">
        <h1>The map data could not be loaded</h1>
        <p>{load.message}</p>
      </div>
    );
  }
  return <Explorer index={load.index} />;
}

function Explorer({ index }: { index: SiteIndex }) {
  const theme = useTheme();
  const domain = index.domain ?? { min: 0, max: 0 };
  const [range, setRange] = useState<DayRange>([domain.min, domain.max]);
  const [includeUndated, setIncludeUndated] = useState(true);
  const [allRoles, setAllRoles] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);

  const filters: Filters = useMemo(
    () => ({
      from: range[0],
      to: range[1],
      includeUndated,
      roles: new Set<Role>(allRoles ? ROLES : DEFAULT_VISIBLE_ROLES),
    }),
    [range, includeUndated, allRoles],
  );
  const counts = useMemo(() => countByPlace(index, filters), [index, filters]);
  const selectedMentions = useMemo(
    () => (selected === null ? [] : mentionsOfPlace(index, filters, selected)),
    [index, filters, selected],
  );
  const visiblePlaces = counts.reduce((n, c) => n + (c > 0 ? 1 : 0), 0);
  const visibleMentions = counts.reduce((n, c) => n + c, 0);

  return (
    <div className="app">
      <main className="map-area" aria-label="Map of places in the news">
        <MapView places={index.data.places} counts={counts} selected={selected} theme={theme} onSelect={setSelected} />
      </main>
      {selected !== null && (
        <ExcerptPanel
          place={index.data.places[selected]!}
          mentions={selectedMentions}
          articleById={index.articleById}
          onClose={() => setSelected(null)}
        />
      )}
      <section className="controls" aria-label="Filters">
        <h1 className="title">newsmap</h1>
        <p className="visible-count" aria-live="polite">
          {visiblePlaces} places · {visibleMentions} mentions
        </p>
        {index.domain ? (
          <DateRangeSlider
            domain={index.domain}
            value={range}
            onChange={setRange}
            undatedCount={index.undatedArticles}
            includeUndated={includeUndated}
            onIncludeUndatedChange={setIncludeUndated}
          />
        ) : (
          <p>No article has a date.</p>
        )}
        <label className="toggle">
          <input type="checkbox" checked={allRoles} onChange={(e) => setAllRoles(e.target.checked)} />
          Also show names used for a government, as adjectives or demonyms
        </label>
      </section>
    </div>
  );
}
