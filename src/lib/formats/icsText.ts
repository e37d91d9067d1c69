/** The two text rules of iCalendar (RFC 5545 §3.3.11 and §3.1) that every property line goes through. */

/** TEXT values escape backslash, semicolon and comma, and write line breaks as `\n`. */
export function escapeIcsText(s: string): string {
  return s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** UTF-8 length of one code point. */
function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so that no physical line is longer than 75 octets: CRLF and one space before each
 * continuation. Breaks fall between code points, never inside a UTF-8 sequence nor inside an escape. The result
 * ends with CRLF.
 */
export function foldIcsLine(line: string, maxOctets = 75): string {
  const parts: string[] = [];
  let current = '';
  let used = 0;
  let limit = maxOctets;
  // Units are code points, and escapes such as `\;` kept whole: RFC 5545 allows splitting them, naive readers do not.
  for (const ch of line.match(/\\.|[\s\S]/gu) ?? []) {
    const size = [...ch].reduce((n, c) => n + octets(c.codePointAt(0) ?? 0), 0);
    if (used + size > limit) {
      parts.push(current);
      current = '';
      used = 0;
      limit = maxOctets - 1; // the leading space of a continuation counts
    }
    current += ch;
    used += size;
  }
  parts.push(current);
  return parts.join('\r\n ') + '\r\n';
}
