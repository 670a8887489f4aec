/**
 * The histogram timeline: bars of mentions per bin (what the non-date filters keep), the selected range as a brush
 * with two handles, month ticks. One tab stop: arrows move the range by one unit (shift: faster), Home/End jump to
 * the ends, space plays or pauses. The pointer drags a handle, the whole range, or draws a new range.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { clampRange, formatRange, stepRange, type Bins, type DayRange, type TimeMode } from '../../model/time.js';
import { axisTicks, binShown, dayToFraction, fractionToDay } from './geometry.js';

type Props = {
  bins: Bins;
  counts: Uint32Array;
  bounds: DayRange;
  range: DayRange;
  mode: TimeMode;
  onRange: (range: DayRange) => void;
  onTogglePlay: () => void;
};

type Drag = { kind: 'start' | 'end' | 'move' | 'new'; anchor: number; original: DayRange };

const FAST = 4;

export function Timeline({ bins, counts, bounds, range, mode, onRange, onTogglePlay }: Props) {
  const track = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  const cumulative = mode === 'cumulative';
  const max = Math.max(1, ...counts);
  const left = cumulative ? 0 : dayToFraction(bins, range[0]);
  const right = dayToFraction(bins, range[1] + 1);
  const unit = bins.unit;

  function dayAt(clientX: number): number {
    const box = track.current!.getBoundingClientRect();
    return fractionToDay(bins, (clientX - box.left) / box.width, bounds);
  }

  function onPointerDown(e: PointerEvent<HTMLDivElement>) {
    if (e.button !== 0) return;
    const day = dayAt(e.clientX);
    const handle = (e.target as HTMLElement).dataset['handle'];
    const kind: Drag['kind'] =
      handle === 'start' || handle === 'end' ? handle : day >= range[0] && day <= range[1] && !cumulative ? 'move' : 'new';
    drag.current = { kind, anchor: day, original: range };
    e.currentTarget.setPointerCapture(e.pointerId);
    if (kind === 'new') onRange(cumulative ? [range[0], day] : [day, day]);
  }

  function onPointerMove(e: PointerEvent<HTMLDivElement>) {
    const d = drag.current;
    if (!d) return;
    const day = dayAt(e.clientX);
    const [from, to] = d.original;
    if (d.kind === 'start') onRange([Math.min(day, to), to]);
    else if (d.kind === 'end') onRange([from, Math.max(day, from)]);
    else if (d.kind === 'new') onRange(cumulative ? [from, day] : [Math.min(d.anchor, day), Math.max(d.anchor, day)]);
    else {
      const shift = Math.min(Math.max(day - d.anchor, bounds[0] - from), bounds[1] - to);
      onRange([from + shift, to + shift]);
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const n = e.shiftKey ? FAST : 1;
    const width = range[1] - range[0];
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowUp':
        onRange(stepRange(range, unit, n, bounds));
        break;
      case 'ArrowLeft':
      case 'ArrowDown':
        onRange(stepRange(range, unit, -n, bounds));
        break;
      case 'Home':
        onRange(clampRange([bounds[0], bounds[0] + width], bounds));
        break;
      case 'End':
        onRange(clampRange([bounds[1] - width, bounds[1]], bounds));
        break;
      case ' ':
        onTogglePlay();
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  const label = cumulative ? `up to ${formatRange([range[1], range[1]])}` : formatRange(range);
  return (
    <div className="timeline">
      <div
        className="timeline-track"
        ref={track}
        role="slider"
        tabIndex={0}
        aria-label="Date range"
        aria-valuemin={bounds[0]}
        aria-valuemax={bounds[1]}
        aria-valuenow={range[1]}
        aria-valuetext={label}
        aria-keyshortcuts="ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight Home End Space"
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        onPointerCancel={() => (drag.current = null)}
      >
        <svg className="histogram" viewBox={`0 0 ${bins.count} 100`} preserveAspectRatio="none" aria-hidden="true">
          {Array.from(counts, (c, i) =>
            c === 0 ? null : (
              <rect
                key={i}
                x={i + 0.1}
                width={0.8}
                y={100 - (c / max) * 100}
                height={(c / max) * 100}
                className={binShown(bins, i, range, cumulative) ? 'bar in' : 'bar'}
              />
            ),
          )}
        </svg>
        <div className="brush" style={{ left: `${left * 100}%`, right: `${(1 - right) * 100}%` }}>
          {!cumulative && <span className="handle" data-handle="start" />}
          <span className="handle end" data-handle="end" />
        </div>
      </div>
      <div className="axis" aria-hidden="true">
        {axisTicks(bins).map((t) => (
          <span key={t.day} style={{ left: `${dayToFraction(bins, t.day) * 100}%` }}>
            {t.label}
          </span>
        ))}
      </div>
    </div>
  );
}
