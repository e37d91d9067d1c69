/** Checks for the metadata values a document may carry: a creation day and a web address. */

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2024-04-04` if it is a real calendar day (2024-02-30 is not), otherwise undefined. */
export function validDay(s: string): string | undefined {
  const m = isoDay.exec(s);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // setUTCFullYear, not Date.UTC: the latter maps years 0–99 to the 1900s.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? s : undefined;
}

/**
 * The day of a date that may carry a time, as front matter and `<meta>` tags write it:
 * `2024-04-04`, `2024-04-04T10:30:00+02:00`, `2024-04-04 10:30`. The day as written is the publisher's own day,
 * which is what "yesterday" in the text counts from, so the offset is not applied.
 */
export function dayOfDateTime(s: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s.trim());
  return m?.[1] === undefined ? undefined : validDay(m[1]);
}

/** The address if it is an absolute http(s) URL, otherwise undefined. `URL` is a language global, not the DOM. */
export function validUrl(s: string): string | undefined {
  // Whitespace and control characters would be silently dropped by the parser; they are refused instead.
  if (/[\s\u0000-\u001f\u007f]/.test(s)) return undefined;
  try {
    const url = new URL(s);
    return url.protocol === 'http:' || url.protocol === 'https:' ? s : undefined;
  } catch {
    return undefined;
  }
}
