/**
 * The explorer: URL-backed state (dates, mode, filters, selection), everything else derived with the pure model in
 * src/model/filter.ts, laid out as map + sidebar + excerpt panel + timeline.
 */
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import type { Mention } from '../model/contract.js';
import { columnsOf, mentionAt } from '../model/mention-columns.js';
import { applyDates, buildMentionTable, makeTimeline, matchMask, timelineCounts } from '../model/filter.js';
import { dayToIso, type DayRange } from '../model/time.js';
import { selectedRange } from './state/shown-counts.js';
import type { SiteData } from './data/validate.js';
import { useUrlState } from './state/use-url-state.js';
import type { UrlState } from './state/url-state.js';
import { MapView, type MapViewHandle } from './map/MapView.js';
import type { Loaded } from './data/load-when-started.js';
import type { StartingMap } from './map/create-map.js';
import { ExcerptPanel } from './panels/ExcerptPanel.js';
import { Sidebar } from './panels/Sidebar.js';
import type { SearchOption } from './panels/SearchBox.js';
import { TimelineBar } from './timeline/TimelineBar.js';
import { useTexts } from './data/use-texts.js';
import { useTheme } from './use-theme.js';
import { useSettled } from './use-settled.js';

/** How long a scrub must pause before the sidebar lists follow it. */
const LIST_QUIET_MS = 300;

/** Stand in while the data loads, so every derivation below runs unchanged (on nothing). */
const NO_KEYS = { placeIds: [], articleIds: [] };
const NO_DATA: SiteData = { places: [], articles: [], mentions: columnsOf([], NO_KEYS).columns, keys: NO_KEYS, report: null };
const NO_TABLE = buildMentionTable(NO_DATA);

/** `loaded` is null while the data loads: the map (basemap only) is already up, the panels wait. */
export function Explorer({
  loaded,
  urlState,
  starting,
}: {
  loaded: Loaded | null;
  /** The state main.tsx decoded from the URL at start-up. */
  urlState: UrlState;
  starting: StartingMap | null;
}) {
  const data = loaded?.data ?? NO_DATA;
  const theme = useTheme();
  const map = useRef<MapViewHandle>(null);
  const [state, update] = useUrlState(urlState);
  const [sidebarOpen, setSidebarOpen] = useState(false);

  const table = loaded?.table ?? NO_TABLE;
  const placeIndex = useMemo(() => new Map(data.places.map((f, i) => [f.properties.id, i] as const)), [data]);
  const articleById = useMemo(() => new Map(data.articles.map((a) => [a.id, a] as const)), [data]);
  const undatedArticles = useMemo(() => data.articles.filter((a) => a.published.date === null).length, [data]);

  const { roles, outlets, search, mode, dateKind, includeUndated } = state;
  const selected = state.place !== null ? (placeIndex.get(state.place) ?? null) : null;
  const searching = search.trim() !== '';
  // The excerpts load once the map is drawn; opening a place or searching asks for them sooner.
  const textsState = useTexts(loaded?.texts ?? null, selected !== null || searching);
  const texts = textsState.status === 'ready' ? textsState.texts : null;
  // Search finds words in the excerpts once they are in; without a search their arrival changes nothing.
  const searchTexts = searching ? texts : null;
  const mask = useMemo(() => matchMask(table, { roles, outlets, search }, searchTexts), [table, roles, outlets, search, searchTexts]);
  const timeline = useMemo(() => makeTimeline(table, dateKind), [table, dateKind]);
  const bounds: DayRange | null = timeline?.bounds ?? null;
  const range: DayRange | null = useMemo(() => selectedRange(state.range, bounds), [state.range, bounds]);
  const view = useMemo(
    () => applyDates(table, mask, { range, mode, dateKind, includeUndated }),
    [table, mask, range, mode, dateKind, includeUndated],
  );
  const bars = useMemo(() => (timeline ? timelineCounts(table, mask, dateKind, timeline.bins) : null), [table, mask, dateKind, timeline]);

  // Null while the excerpts load.
  const selectedMentions = useMemo(() => {
    if (selected === null || texts === null) return null;
    const out: Mention[] = [];
    for (const i of view.visible) if (table.place[i] === selected) out.push(mentionAt(data.mentions, texts, i, data.keys));
    return out;
  }, [selected, view, table, data, texts]);

  // The places of the article chosen in the list, highlighted on the map.
  const highlighted = useMemo(() => {
    const chosen = state.article === null ? -1 : data.articles.findIndex((a) => a.id === state.article);
    const set = new Set<number>();
    if (chosen < 0) return set;
    for (const i of view.visible) if (table.article[i] === chosen && table.place[i]! >= 0) set.add(table.place[i]!);
    return set;
  }, [view, table, data, state.article]);
  // The lists follow the map only when a scrub pauses (and then after the map and the timeline have drawn): re-ordering
  // hundreds of rows on every tick cost more than the map itself at 100k mentions.
  const listView = useDeferredValue(useSettled(view, LIST_QUIET_MS));

  const searchOptions: SearchOption[] = useMemo(
    () => [
      ...data.places.map((f, i) => ({
        kind: 'place' as const,
        id: f.properties.id,
        label: f.properties.name,
        detail: [f.properties.kind, f.properties.country].filter(Boolean).join(', '),
        // The table folded these already (10k article titles cost tens of ms to fold twice).
        folded: table.search.places[i]!,
      })),
      ...data.articles.map((a, i) => ({
        kind: 'article' as const,
        id: a.id,
        label: a.title,
        detail: a.outlet ?? 'article',
        folded: table.search.articles[i]!,
      })),
    ],
    [data, table],
  );

  const selectPlace = useCallback(
    (position: number | null) => update({ place: position === null ? null : data.places[position]!.properties.id }),
    [update, data],
  );
  // Stable, so the memoised place list does not re-render for a new function.
  const selectAndShowPlace = useCallback(
    (position: number) => {
      selectPlace(position);
      map.current?.flyToPlace(position);
    },
    [selectPlace],
  );
  const setRange = (r: DayRange) =>
    update({ range: bounds && r[0] === bounds[0] && r[1] === bounds[1] ? null : { from: dayToIso(r[0]), to: dayToIso(r[1]) } });

  return (
    <div className="app">
      <main className="map-area" aria-label="Map of places in the news">
        <MapView
          ref={map}
          starting={starting}
          places={loaded ? data.places : null}
          counts={view.placeCounts}
          selected={selected}
          highlighted={highlighted}
          theme={theme}
          onSelect={selectPlace}
          adopt={loaded?.overlay ?? null}
        />
      </main>
      {loaded === null ? (
        <p className="status loading" role="status">
          Loading the map data…
        </p>
      ) : (
        <>
          <Sidebar
            open={sidebarOpen}
            onToggle={() => setSidebarOpen((o) => !o)}
            data={data}
            texts={loaded.texts}
            table={table}
            view={listView}
            exportView={view}
            shown={{ places: view.placesShown, mentions: view.visible.length }}
            state={state}
            update={update}
            selected={selected}
            onSelectPlace={selectAndShowPlace}
            searchOptions={searchOptions}
            onPick={(o) => {
              if (o.kind === 'place') {
                const p = placeIndex.get(o.id)!;
                update({ place: o.id, search: '' });
                map.current?.flyToPlace(p);
              } else {
                update({ article: o.id, search: '' });
              }
            }}
            onFit={() => map.current?.fitToVisible()}
            range={range}
          />
          {selected !== null && (
            <ExcerptPanel
              place={data.places[selected]!}
              mentions={selectedMentions}
              textsError={textsState.status === 'error' ? textsState.message : null}
              articleById={articleById}
              onClose={() => update({ place: null })}
            />
          )}
          {timeline && bounds && range && bars ? (
            <TimelineBar
              bins={timeline.bins}
              counts={bars.counts}
              perDay={bars.perDay}
              bounds={bounds}
              range={range}
              mode={mode}
              dateKind={dateKind}
              undated={undatedArticles}
              includeUndated={includeUndated}
              onRange={setRange}
              onMode={(m) => update({ mode: m })}
              onDateKind={(k) => update({ dateKind: k, range: null })}
              onIncludeUndated={(v) => update({ includeUndated: v })}
            />
          ) : (
            <p className="timeline-bar">No article has a date.</p>
          )}
        </>
      )}
    </div>
  );
}
