import type { ClusterLayout } from '../../layout/layoutFrame.ts';
import type { LaneGrouping } from '../../layout/groupTracks.ts';
import { calendarLabel } from '../../layout/calendarLabels.ts';
import { formatEventDate } from '../../format/formatEventDate.ts';
import type { TimelineEvent } from '../../events/types.ts';

export interface Description {
  /** Tooltip lines and the accessible name of the hit target. */
  readonly heading: string;
  readonly body: string;
  readonly label: string;
}

export const groupingLabels: Record<LaneGrouping, string> = {
  none: 'All events',
  document: 'By document',
  participant: 'By participant',
  precision: 'By precision',
};

export function describeEvent(event: TimelineEvent): Description {
  const date = formatEventDate(event);
  return { heading: date, body: event.title, label: `${event.title}, ${date}` };
}

/** "3 Mar 1950 – 9 Mar 1950", "Mar 1950 – May 1951" or "1950 – 1955", as fine as the range needs. */
export function formatRange(start: number, end: number): string {
  const [a, b] = [new Date(start), new Date(Math.max(start, end - 1))];
  const days = (end - start) / 864e5;
  const part = days > 730 ? calendarLabel.year : days > 62 ? (d: Date) => `${calendarLabel.month(d)} ${calendarLabel.year(d)}` : (d: Date) => `${calendarLabel.day(d)} ${calendarLabel.year(d)}`;
  const [from, to] = [part(a), part(b)];
  return from === to ? from : `${from} – ${to}`;
}

/** 1204 → "1,204"; toLocaleString is slow enough to show in a frame's profile. */
export const groupDigits = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function describeCluster(cluster: ClusterLayout): Description {
  const count = `${groupDigits(cluster.count)} events`;
  const range = formatRange(cluster.start, cluster.end);
  return { heading: count, body: `${range}; click to zoom in`, label: `Cluster of ${count}, ${range}: Enter zooms in until they separate` };
}
