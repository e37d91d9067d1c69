/**
 * Documents in MIME form: an e-mail (.eml) and a web page saved whole by a browser (.mhtml, .mht). Both are a block
 * of headers and a body that may be split into parts (RFC 2045–2047). An e-mail's text is its plain-text part, or
 * its HTML part reduced; its Subject is the title and the day it was sent, from its Date header, the document date.
 * A saved page is the HTML part it was saved from, read as any page is (its own metadata gives title and date; the
 * day it was saved is not the day it was written, so it is not used).
 */
import { decodeCharset } from './decodeDocument.ts';
import type { ExtractedText } from './extractedText.ts';
import { validDay } from './validDay.ts';

/**
 * The message's text (plain, or HTML to be reduced as a page is when `html`), its Subject as the title and the day of
 * its Date header, as written, as the day it was created; or why there is none.
 */
export type MimeText = ExtractedText & { readonly html?: boolean };

interface Part {
  readonly headers: ReadonlyMap<string, string>;
  readonly body: Uint8Array;
}

/** The text of the message that `bytes` (the whole file) holds. */
export function readMimeDocument(bytes: Uint8Array): MimeText {
  const message = splitPart(bytes);
  if (!message.headers.has('content-type') && !message.headers.has('from') && !message.headers.has('mime-version')) {
    return { ok: false, message: 'the file has no e-mail or MIME headers (From:, Content-Type:); save it again from the mail program or the browser' };
  }
  const leaves = leafParts(message, 0);
  const pick = (type: string) => leaves.find((p) => mediaType(p) === type && !isAttachment(p));
  const chosen = pick('text/plain') ?? pick('text/html');
  const page = pick('text/html');
  // A saved page's HTML is the document; an e-mail's plain text is preferred to its HTML copy.
  const part = isSavedPage(message) ? page ?? chosen : chosen;
  if (!part) return { ok: false, message: 'the message has no text or HTML part to read' };
  const body = decodeCharset(transferDecoded(part), parameter(part.headers.get('content-type') ?? '', 'charset') ?? 'utf-8');
  const subject = message.headers.get('subject');
  const date = isSavedPage(message) ? undefined : dayOfMailDate(message.headers.get('date') ?? '');
  return {
    ok: true,
    text: body,
    html: mediaType(part) === 'text/html',
    ...(subject && !isSavedPage(message) ? { title: decodeWords(subject).replace(/\s+/g, ' ').trim() } : {}),
    ...(date ? { created: date } : {}),
  };
}

/** Chrome and other browsers save pages as multipart/related with the page's HTML first. */
const isSavedPage = (message: Part) => /^multipart\/related\b/i.test(message.headers.get('content-type') ?? '') || /saved by/i.test(message.headers.get('from') ?? '');

const mediaType = (part: Part) => (part.headers.get('content-type') ?? 'text/plain').split(';')[0]!.trim().toLowerCase();

const isAttachment = (part: Part) => /^\s*attachment\b/i.test(part.headers.get('content-disposition') ?? '');

/** Headers (names in lower case, folded lines unfolded) and the body after the first blank line. */
function splitPart(bytes: Uint8Array): Part {
  // Latin-1 keeps one character per byte, so offsets into the text are offsets into the bytes.
  const text = new TextDecoder('latin1').decode(bytes);
  const blank = /\r?\n\r?\n/.exec(text);
  const end = blank ? blank.index : text.length;
  const headers = new Map<string, string>();
  for (const line of text.slice(0, end).replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body: bytes.subarray(blank ? end + blank[0].length : text.length) };
}

/** The parts that hold content, depth first, in order: a multipart part is opened, up to a sane depth. */
function leafParts(part: Part, depth: number): Part[] {
  const boundary = parameter(part.headers.get('content-type') ?? '', 'boundary');
  if (!/^multipart\//i.test(mediaType(part)) || !boundary || depth > 8) return [part];
  const text = new TextDecoder('latin1').decode(part.body);
  const delimiter = `--${boundary}`;
  const parts: Part[] = [];
  let at = text.indexOf(delimiter);
  while (at >= 0) {
    const after = at + delimiter.length;
    if (text.startsWith('--', after)) break;
    const next = text.indexOf(delimiter, after);
    const lineEnd = text.indexOf('\n', after);
    const start = lineEnd < 0 ? after : lineEnd + 1;
    // The line break before the next delimiter belongs to the delimiter.
    const stop = next < 0 ? text.length : text.lastIndexOf('\n', next) >= start ? text.lastIndexOf('\n', next) : next;
    const end = stop > start && text[stop - 1] === '\r' ? stop - 1 : stop;
    parts.push(...leafParts(splitPart(part.body.subarray(start, Math.max(start, end))), depth + 1));
    at = next;
  }
  return parts;
}

/** A parameter of a header value: `charset` of `text/plain; charset="iso-8859-1"`. */
function parameter(value: string, name: string): string | undefined {
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The body's bytes with its transfer encoding (quoted-printable, base64) undone. */
function transferDecoded(part: Part): Uint8Array {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').trim().toLowerCase();
  if (encoding === 'base64') {
    const clean = new TextDecoder('latin1').decode(part.body).replace(/[^A-Za-z0-9+/]/g, '');
    try {
      return Uint8Array.from(atob(clean.slice(0, clean.length - (clean.length % 4))), (c) => c.charCodeAt(0));
    } catch {
      return part.body;
    }
  }
  if (encoding === 'quoted-printable') return quotedPrintable(part.body);
  return part.body;
}

function quotedPrintable(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length);
  let n = 0;
  const hex = (b: number | undefined) => (b === undefined ? -1 : b >= 48 && b <= 57 ? b - 48 : (b | 32) >= 97 && (b | 32) <= 102 ? (b | 32) - 87 : -1);
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    if (b !== 0x3d) {
      out[n++] = b;
      continue;
    }
    // "=" then a line break is a soft break; "=" and two hex digits a byte; anything else is kept as written.
    if (body[i + 1] === 0x0a) i += 1;
    else if (body[i + 1] === 0x0d && body[i + 2] === 0x0a) i += 2;
    else if (hex(body[i + 1]) >= 0 && hex(body[i + 2]) >= 0) {
      out[n++] = hex(body[i + 1]) * 16 + hex(body[i + 2]);
      i += 2;
    } else out[n++] = b;
  }
  return out.subarray(0, n);
}

/** RFC 2047 encoded words in a header: `=?UTF-8?B?...?=`, `=?iso-8859-1?Q?Caf=E9?=`. */
function decodeWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (whole, charset: string, kind: string, text: string) => {
      try {
        const bytes = /b/i.test(kind)
          ? Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
          : quotedPrintable(new TextEncoder().encode(text.replace(/_/g, ' ')));
        return decodeCharset(bytes, charset.replace(/\*.*$/, ''));
      } catch {
        return whole;
      }
    });
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `Thu, 4 Apr 2024 09:15:00 +0200` as its day as written, `2024-04-04`. */
export function dayOfMailDate(value: string): string | undefined {
  const m = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/.exec(value);
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) + 1 : 0;
  return m && month ? validDay(`${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`) : undefined;
}
