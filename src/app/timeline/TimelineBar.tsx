/** The bottom bar: timeline, playback, mode, date kind, exact dates and the undated toggle. */
import { useState } from 'react';
import { dayToIso, formatRange, isoToDay, type Bins, type DayRange, type DayTotals, type TimeMode } from '../../model/time.js';
import type { DateKind } from '../../model/filter.js';
import { Timeline } from './Timeline.js';
import { SPEEDS, usePlayback, type Speed } from './use-playback.js';

type Props = {
  bins: Bins;
  counts: Uint32Array;
  /** The same mentions per day: playback can skip the days without any. */
  perDay: DayTotals;
  bounds: DayRange;
  range: DayRange;
  mode: TimeMode;
  dateKind: DateKind;
  /** Articles without a date (shown only when included). */
  undated: number;
  includeUndated: boolean;
  onRange: (range: DayRange) => void;
  onMode: (mode: TimeMode) => void;
  onDateKind: (kind: DateKind) => void;
  onIncludeUndated: (include: boolean) => void;
};

export function TimelineBar(p: Props) {
  const [skipGaps, setSkipGaps] = useState(true);
  const playback = usePlayback(p.range, p.bounds, p.bins.unit, p.mode, skipGaps ? p.perDay : null, p.onRange);
  const setDay = (which: 0 | 1, iso: string) => {
    const day = isoToDay(iso);
    if (day === undefined) return;
    const clamped = Math.min(Math.max(day, p.bounds[0]), p.bounds[1]);
    p.onRange(which === 0 ? [Math.min(clamped, p.range[1]), p.range[1]] : [p.range[0], Math.max(clamped, p.range[0])]);
  };
  const unitLabel = p.bins.unit;
  return (
    <section className="timeline-bar" aria-label="Timeline">
      <div className="timeline-head">
        <strong className="range-label" aria-live="polite">
          {p.mode === 'cumulative' ? `Up to ${formatRange([p.range[1], p.range[1]])}` : formatRange(p.range)}
        </strong>
        <div className="playback">
          <button type="button" onClick={() => playback.step(-1)} aria-label={`Back one ${unitLabel}`}>
            ‹
          </button>
          <button type="button" onClick={playback.toggle} aria-pressed={playback.playing} className="play">
            {playback.playing ? 'Pause' : 'Play'}
          </button>
          <button type="button" onClick={() => playback.step(1)} aria-label={`Forward one ${unitLabel}`}>
            ›
          </button>
          <label>
            <span className="sr-only">Speed</span>
            <select value={playback.speed} onChange={(e) => playback.setSpeed(Number(e.target.value) as Speed)}>
              {SPEEDS.map((s) => (
                <option key={s} value={s}>
                  {s}×
                </option>
              ))}
            </select>
          </label>
          <label className="skip-gaps" title="Play past the dates with nothing to show in the current filters">
            <input type="checkbox" checked={skipGaps} onChange={(e) => setSkipGaps(e.target.checked)} /> Skip gaps
          </label>
        </div>
      </div>
      <Timeline
        bins={p.bins}
        counts={p.counts}
        bounds={p.bounds}
        range={p.range}
        mode={p.mode}
        onRange={p.onRange}
        onTogglePlay={playback.toggle}
      />
      <div className="timeline-options">
        <fieldset className="segmented">
          <legend className="sr-only">Show</legend>
          {(['window', 'cumulative'] as const).map((m) => (
            <label key={m}>
              <input type="radio" name="mode" value={m} checked={p.mode === m} onChange={() => p.onMode(m)} />
              {m === 'window' ? 'Only these dates' : 'Everything up to the end'}
            </label>
          ))}
        </fieldset>
        <label>
          Date by{' '}
          <select value={p.dateKind} onChange={(e) => p.onDateKind(e.target.value as DateKind)}>
            <option value="published">publication</option>
            <option value="event">event (when the text says)</option>
          </select>
        </label>
        <span className="exact-dates">
          <label>
            From <input type="date" value={dayToIso(p.range[0])} min={dayToIso(p.bounds[0])} max={dayToIso(p.bounds[1])} onChange={(e) => setDay(0, e.target.value)} />
          </label>
          <label>
            to <input type="date" value={dayToIso(p.range[1])} min={dayToIso(p.bounds[0])} max={dayToIso(p.bounds[1])} onChange={(e) => setDay(1, e.target.value)} />
          </label>
        </span>
        {p.undated > 0 && (
          <label>
            <input type="checkbox" checked={p.includeUndated} onChange={(e) => p.onIncludeUndated(e.target.checked)} /> Include{' '}
            {p.undated} undated {p.undated === 1 ? 'article' : 'articles'}
          </label>
        )}
      </div>
    </section>
  );
}
