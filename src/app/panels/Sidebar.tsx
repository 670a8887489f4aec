/** Title, visible count, search, and tabs: places (list view of the map), articles, filters, about; export. */
import { useCallback, useId, useState } from 'react';
import type { MentionTable, View } from '../../model/filter.js';
import type { DayRange } from '../../model/time.js';
import { dayToIso } from '../../model/time.js';
import { errorMessage } from '../../model/error-message.js';
import type { Texts } from '../data/texts.js';
import type { SiteData } from '../data/validate.js';
import type { AppState } from '../state/use-url-state.js';
import { exportRows, exportFileName } from '../export/rows.js';
import { toCsv } from '../export/csv.js';
import { toMentionsGeoJson } from '../export/geojson.js';
import { downloadText, MIME } from '../export/download.js';
import { About } from './About.js';
import { ArticleList } from './ArticleList.js';
import { Filters } from './Filters.js';
import { PlaceList } from './PlaceList.js';
import { SearchBox, type SearchOption } from './SearchBox.js';

const TABS = ['Places', 'Articles', 'Filters', 'About'] as const;
type Tab = (typeof TABS)[number];

type Props = {
  open: boolean;
  onToggle: () => void;
  data: SiteData;
  /** The excerpts the export writes (loaded when first needed). */
  texts: Texts;
  table: MentionTable;
  /** For the lists: lags the map while a scrub goes on (see useSettled in Explorer). */
  view: View;
  /** What the map shows now: what the export downloads. */
  exportView: View;
  /** What the map shows now, for the visible count. */
  shown: { places: number; mentions: number };
  state: AppState;
  update: (patch: Partial<AppState>) => void;
  selected: number | null;
  onSelectPlace: (position: number) => void;
  searchOptions: SearchOption[];
  onPick: (option: SearchOption) => void;
  onFit: () => void;
  range: DayRange | null;
};

export function Sidebar(p: Props) {
  const id = useId();
  const [tab, setTab] = useState<Tab>('Places');
  const { update } = p;
  const selectArticle = useCallback((article: string | null) => update({ article }), [update]);
  const [exportProblem, setExportProblem] = useState<string | null>(null);
  const exportRange = p.state.range ?? (p.range ? { from: dayToIso(p.range[0]), to: dayToIso(p.range[1]) } : null);
  const download = async (format: 'csv' | 'geojson') => {
    // What is shown at the click, even if the excerpts are still on their way.
    const shown = p.exportView.visible;
    const name = exportFileName('mentions', format, exportRange);
    try {
      const rows = exportRows({ ...p.data, texts: await p.texts.request() }, shown);
      const text = format === 'csv' ? toCsv(rows) : JSON.stringify(toMentionsGeoJson(rows), null, 1);
      downloadText(text, name, MIME[format]);
      setExportProblem(null);
    } catch (error) {
      setExportProblem(`Export failed: ${errorMessage(error)}`);
    }
  };
  return (
    <aside className={p.open ? 'sidebar open' : 'sidebar'} aria-label="Places, articles and filters">
      <header className="sidebar-header">
        <h1>newsmap</h1>
        <p className="visible-count" aria-live="polite">
          {p.shown.places} places · {p.shown.mentions} mentions
        </p>
        <button type="button" className="sidebar-toggle" aria-expanded={p.open} aria-controls={`${id}-body`} onClick={p.onToggle}>
          {p.open ? 'Hide list' : 'List & filters'}
        </button>
      </header>
      <SearchBox value={p.state.search} options={p.searchOptions} onChange={(q) => p.update({ search: q })} onPick={p.onPick} />
      <div id={`${id}-body`} className="sidebar-body">
        <div role="tablist" aria-label="Sidebar sections" className="tabs">
          {TABS.map((t) => (
            <button
              key={t}
              type="button"
              role="tab"
              id={`${id}-tab-${t}`}
              aria-selected={tab === t}
              aria-controls={`${id}-panel`}
              tabIndex={tab === t ? 0 : -1}
              onClick={() => setTab(t)}
              onKeyDown={(e) => {
                const i = TABS.indexOf(t);
                const next = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : null;
                if (next) {
                  setTab(next);
                  document.getElementById(`${id}-tab-${next}`)?.focus();
                }
              }}
            >
              {t}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${tab}`} className="tab-panel" tabIndex={0}>
          {tab === 'Places' && (
            <>
              <button type="button" className="fit" onClick={p.onFit}>
                Fit map to shown places
              </button>
              <PlaceList places={p.data.places} counts={p.view.placeCounts} selected={p.selected} onSelect={p.onSelectPlace} />
            </>
          )}
          {tab === 'Articles' && (
            <ArticleList
              articles={p.data.articles}
              view={p.view}
              selected={p.state.article}
              onSelect={selectArticle}
            />
          )}
          {tab === 'Filters' && (
            <Filters
              roles={p.state.roles}
              outlets={p.state.outlets}
              allOutlets={p.table.outlets}
              onRoles={(roles) => p.update({ roles })}
              onOutlets={(outlets) => p.update({ outlets })}
            />
          )}
          {tab === 'About' && <About report={p.data.report} />}
        </div>
        <div className="export">
          <span>Download what is shown:</span>
          <button type="button" onClick={() => void download('csv')}>
            CSV
          </button>
          <button type="button" onClick={() => void download('geojson')}>
            GeoJSON
          </button>
          {exportProblem && <span role="alert">{exportProblem}</span>}
        </div>
      </div>
    </aside>
  );
}
