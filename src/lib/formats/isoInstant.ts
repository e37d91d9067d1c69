/** Instants (epoch ms UTC) written as ISO 8601 text and read back exactly. */

/** `2024-04-03T00:00:00.000Z`; years outside 0000–9999 take the extended form `-000499-01-01T00:00:00.000Z`. */
export function instantToIso(ms: number): string {
  return new Date(ms).toISOString();
}

const isoInstant = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z$/;
const isoDate = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})$/;

/**
 * Epoch ms of `2024-04-03T15:00:00.000Z` (seconds and milliseconds optional) or of the day `2024-04-03` at midnight
 * UTC; undefined for anything else, including impossible dates such as `2023-13-01` or `2023-02-30`.
 */
export function isoToInstant(s: string): number | undefined {
  const m = isoInstant.exec(s) ?? isoDate.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]);
  const [month, day, hour, minute, second] = [m[2], m[3], m[4], m[5], m[6]].map((x) => Number(x ?? 0)) as [
    number, number, number, number, number,
  ];
  const millis = Number((m[7] ?? '0').padEnd(3, '0'));
  if (m[1] === '-000000' || month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  d.setUTCHours(hour, minute, second, millis);
  return Number.isNaN(d.getTime()) ? undefined : d.getTime();
}

/** A day (`2024-04-03`) when the instant is midnight UTC, otherwise the full instant: what the CSV columns hold. */
export function instantToDayOrIso(ms: number): string {
  const iso = instantToIso(ms);
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, -14) : iso;
}
