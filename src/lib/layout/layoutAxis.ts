import { utcDay, utcHour, utcMinute, utcMonth, utcSecond, utcSunday, type CountableTimeInterval, type TimeInterval } from 'd3';
import { calendarLabel } from './calendarLabels.ts';
import { tickFormat } from './tickFormat.ts';
import type { View } from './layoutFrame.ts';

export const defaults = {
  /** Least space between two labels of one row. */
  labelGap: 10,
  /** Space between a context label and the start of its period. */
  inset: 4,
} as const;

export type AxisOptions = { readonly [K in keyof typeof defaults]?: number };

export interface AxisLabel {
  /** The tick's instant and its place on screen. */
  readonly t: number;
  readonly x: number;
  readonly text: string;
  /** Left edge of the label's box and its width: boxes of one row never intersect. */
  readonly left: number;
  readonly width: number;
}

export interface AxisLayout {
  /** The fine row: a tick every step, labels centred on their ticks. */
  readonly ticks: readonly AxisLabel[];
  /** Coarser rows under it (days over months over years), labels at the start of each period, the first kept in view. */
  readonly context: readonly (readonly AxisLabel[])[];
}

type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
interface Step {
  readonly unit: Unit;
  readonly step: number;
  /** The shortest the step can be, in ms (a month step counts 28 days). */
  readonly ms: number;
}

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;
const year = 365 * day;

/** The tick steps, finest first: d3's ladder, extended to millennia. */
const steps: readonly Step[] = [
  ...[1, 5, 15, 30].map((step) => ({ unit: 'second' as const, step, ms: step * second })),
  ...[1, 5, 15, 30].map((step) => ({ unit: 'minute' as const, step, ms: step * minute })),
  ...[1, 3, 6, 12].map((step) => ({ unit: 'hour' as const, step, ms: step * hour })),
  ...[1, 2].map((step) => ({ unit: 'day' as const, step, ms: step * day })),
  { unit: 'week', step: 1, ms: 7 * day },
  ...[1, 3].map((step) => ({ unit: 'month' as const, step, ms: step * 28 * day })),
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000].map((step) => ({ unit: 'year' as const, step, ms: step * year })),
];

const intervals: Record<Exclude<Unit, 'year' | 'week'>, CountableTimeInterval> = {
  second: utcSecond,
  minute: utcMinute,
  hour: utcHour,
  day: utcDay,
  month: utcMonth,
};

/** Year `y` (astronomical) as an instant: Date.UTC would read years 0–99 as 1900–1999. */
function yearStart(y: number): number {
  const d = new Date(0);
  d.setUTCFullYear(y, 0, 1);
  return d.getTime();
}

/**
 * Every `step` years in [t0, t1], counted the way labels read: multiples of the step on both sides of the era, so that
 * the ticks say "200 BCE", "100 BCE", "1 CE", "100", "200" rather than "201 BCE", "101 BCE", "1 BCE".
 */
export function yearTicks(t0: number, t1: number, step: number): number[] {
  const first = new Date(t0).getUTCFullYear();
  const last = new Date(t1).getUTCFullYear();
  const years: number[] = [];
  // Before the era a label names 1 - y: 0 is "1 BCE", -99 is "100 BCE".
  for (let named = Math.floor((1 - first) / step) * step; named >= Math.max(1, 1 - last); named -= step) years.push(1 - named);
  if (step > 1 && first <= 1 && last >= 1) years.push(1);
  for (let y = Math.max(step, Math.ceil(first / step) * step); y <= last; y += step) years.push(y);
  return years.map(yearStart).filter((t) => t >= t0 && t <= t1);
}

function ticksOf({ unit, step }: Step, t0: number, t1: number): number[] {
  if (unit === 'year') return yearTicks(t0, t1, step);
  const interval: TimeInterval | null = unit === 'week' ? utcSunday : intervals[unit].every(step);
  return interval ? interval.range(new Date(t0), new Date(t1 + 1)).map((d) => d.getTime()) : [];
}

/** Greedy left to right: drops any label whose box comes within `gap` of the previous kept one, or leaves the view. */
export function dropCollisions(labels: readonly AxisLabel[], width: number, gap: number): AxisLabel[] {
  const kept: AxisLabel[] = [];
  let right = -Infinity;
  for (const label of labels) {
    if (label.left < right + gap || label.left < 0 || label.left + label.width > width) continue;
    kept.push(label);
    right = label.left + label.width;
  }
  return kept;
}

interface Period {
  readonly floor: (t: number) => number;
  readonly label: (d: Date) => string;
}

const dayPeriod: Period = { floor: (t) => utcDay.floor(new Date(t)).getTime(), label: calendarLabel.weekday };
const monthPeriod: Period = { floor: (t) => utcMonth.floor(new Date(t)).getTime(), label: calendarLabel.monthLong };
const monthYearPeriod: Period = { ...monthPeriod, label: calendarLabel.monthYear };
const yearPeriod: Period = { floor: (t) => yearStart(new Date(t).getUTCFullYear()), label: calendarLabel.year };

/** Periods that frame the fine ticks: hours sit over days over months, days over months over years, months over years. */
const contextOf: Record<Unit, readonly Period[]> = {
  second: [dayPeriod, monthYearPeriod],
  minute: [dayPeriod, monthYearPeriod],
  hour: [dayPeriod, monthYearPeriod],
  day: [monthPeriod, yearPeriod],
  week: [monthPeriod, yearPeriod],
  month: [yearPeriod],
  year: [],
};

/**
 * The axis for a view: the finest step whose labels fit side by side, then its context rows. `measure(text)` gives a
 * label's width in pixels. Pure; no label box of a row meets another.
 */
export function layoutAxis(view: View, measure: (text: string) => number, options: AxisOptions = {}): AxisLayout {
  const { labelGap, inset } = { ...defaults, ...options };
  const { t0, t1, width } = view;
  const pxPerMs = width / (t1 - t0);
  const toX = (t: number) => (t - t0) * pxPerMs;
  const label = (t: number, text: string, centred: boolean): AxisLabel => {
    const w = measure(text);
    const x = toX(t);
    return { t, x, text, width: w, left: centred ? x - w / 2 : Math.max(x, 0) + inset };
  };
  let chosen: { step: Step; labels: AxisLabel[] } | undefined;
  for (const step of steps) {
    if (step.ms * pxPerMs < 24) continue;
    // Where the era turns, a bare "1" between "100 BCE" and "100" would read as a count: say "1 CE".
    const text = (t: number) => (step.unit === 'year' && step.step > 1 && t === yearStart(1) ? '1 CE' : tickFormat(new Date(t)));
    const labels = ticksOf(step, t0, t1).map((t) => label(t, text(t), true));
    const widest = labels.reduce((w, l) => Math.max(w, l.width), 0);
    chosen = { step, labels };
    if (step.ms * pxPerMs >= widest + labelGap) break;
  }
  if (!chosen) return { ticks: [], context: [] };
  const fine = chosen.labels;
  const context = contextOf[chosen.step.unit].map(({ floor, label: text }) => {
    // Every period holding a fine tick, plus those at the two edges.
    const starts = [floor(t0), ...fine.map((l) => floor(l.t)), floor(t1)].filter((t, i, all) => i === 0 || t > all[i - 1]!);
    const labels = starts.map((t) => label(t, text(new Date(t)), false));
    // The first label is kept in view (sticky); it gives way when the next period's label reaches it.
    const [first, next] = labels;
    if (first && next && first.left + first.width + labelGap > next.left) labels.shift();
    return dropCollisions(labels, width, labelGap);
  });
  return { ticks: dropCollisions(chosen.labels, width, labelGap), context };
}
