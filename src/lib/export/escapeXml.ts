import { escapeHtml } from '../formats/escapeHtml.ts';

/**
 * What XML 1.0 cannot hold at all, escaped or not: C0 controls other than tab, newline and carriage return, U+FFFE,
 * U+FFFF, and a half of a surrogate pair without the other. One of them in an SVG makes the whole document unreadable
 * (a browser shows nothing, and an <img> of it cannot be decoded).
 */
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML cannot hold; they are dropped, as they have no glyph to draw either. */
export function xmlChars(text: string): string {
  return text.replace(notXml, '');
}

/** Plain text made safe for XML text and quoted attribute values. */
export function escapeXml(text: string): string {
  return escapeHtml(xmlChars(text));
}
