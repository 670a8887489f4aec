/**
 * Play/pause over the timeline: moves the range on by one unit per tick (or past the stretches without mentions,
 * see nextPlayRange) and stops at the end.
 */
import { useEffect, useRef, useState } from 'react';
import { nextPlayRange } from '../../model/playback.js';
import { addUnits, atEnd, stepRange, type DayRange, type DayTotals, type TimeMode, type TimeUnit } from '../../model/time.js';

export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];
/** Time per step at 1×: long enough to see the map change in software-rendered WebGL. */
const BASE_STEP_MS = 700;

/** `perDay`: the shown mentions per day, which playback skips the empty stretches of; null to play every unit. */
export function usePlayback(
  range: DayRange,
  bounds: DayRange,
  unit: TimeUnit,
  mode: TimeMode,
  perDay: DayTotals | null,
  onRange: (r: DayRange) => void,
) {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(1);
  const latest = useRef({ range, onRange, mode, perDay });
  latest.current = { range, onRange, mode, perDay };

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const { range: r, onRange: set, mode: m, perDay: days } = latest.current;
      if (atEnd(r, bounds)) {
        setPlaying(false);
        return;
      }
      set(nextPlayRange(r, unit, bounds, m, days));
    }, BASE_STEP_MS / speed);
    return () => clearInterval(timer);
  }, [playing, speed, unit, bounds]);

  function toggle() {
    if (playing) return setPlaying(false);
    const r = latest.current.range;
    // Playing the whole span, or from the end, starts over with a one-unit window at the beginning.
    if (atEnd(r, bounds)) {
      const full = r[0] <= bounds[0];
      const width = full ? addUnits(bounds[0], unit, 1) - 1 - bounds[0] : r[1] - r[0];
      latest.current.onRange([bounds[0], Math.min(bounds[0] + width, bounds[1])]);
    }
    setPlaying(true);
  }

  function step(n: number) {
    setPlaying(false);
    latest.current.onRange(stepRange(latest.current.range, unit, n, bounds));
  }

  return { playing, toggle, step, speed, setSpeed };
}
