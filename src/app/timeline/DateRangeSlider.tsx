/**
 * A two-handle date range over whole days, plus the undated-articles toggle. Controlled: the parent owns
 * the range, so a histogram or a play button can drive the same value later.
 */
import { formatDay } from '../data/day.js';

export type DayRange = [from: number, to: number];

type Props = {
  domain: { min: number; max: number };
  value: DayRange;
  onChange: (range: DayRange) => void;
  undatedCount: number;
  includeUndated: boolean;
  onIncludeUndatedChange: (include: boolean) => void;
};

export function DateRangeSlider({ domain, value, onChange, undatedCount, includeUndated, onIncludeUndatedChange }: Props) {
  const [from, to] = value;
  const span = Math.max(1, domain.max - domain.min);
  const pct = (day: number) => ((day - domain.min) / span) * 100;
  return (
    <div className="date-slider">
      <div className="date-labels" aria-live="polite">
        <span>{formatDay(from)}</span>
        <span aria-hidden="true">–</span>
        <span>{formatDay(to)}</span>
      </div>
      <div className="range" style={{ ['--from' as string]: `${pct(from)}%`, ['--to' as string]: `${pct(to)}%` }}>
        <input
          type="range"
          aria-label="Start date"
          aria-valuetext={formatDay(from)}
          min={domain.min}
          max={domain.max}
          step={1}
          value={from}
          onChange={(e) => onChange([Math.min(Number(e.target.value), to), to])}
        />
        <input
          type="range"
          aria-label="End date"
          aria-valuetext={formatDay(to)}
          min={domain.min}
          max={domain.max}
          step={1}
          value={to}
          onChange={(e) => onChange([from, Math.max(Number(e.target.value), from)])}
        />
      </div>
      <div className="domain-labels" aria-hidden="true">
        <span>{formatDay(domain.min)}</span>
        <span>{formatDay(domain.max)}</span>
      </div>
      {undatedCount > 0 && (
        <label className="toggle">
          <input type="checkbox" checked={includeUndated} onChange={(e) => onIncludeUndatedChange(e.target.checked)} />
          Include {undatedCount} undated {undatedCount === 1 ? 'article' : 'articles'}
        </label>
      )}
    </div>
  );
}
