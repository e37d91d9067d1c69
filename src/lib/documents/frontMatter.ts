/**
 * Reads a front-matter block at the top of a text or Markdown document:
 *
 *     ---
 *     title: "Russia warns France"
 *     date: 2024-04-04
 *     source: AP
 *     url: https://example.org/story
 *     ---
 *
 * A small subset of YAML on purpose: one `key: value` per line, values plain or quoted. Unknown keys (and the
 * indented lines under them, such as a list of tags) are ignored so that files written for static-site generators load.
 */
import { dayOfDateTime, validUrl } from './validDay.ts';

export interface FrontMatter {
  readonly title?: string;
  readonly dct?: string;
  readonly source?: string;
  readonly url?: string;
}

export type FrontMatterResult =
  | { readonly ok: true; readonly meta: FrontMatter; /** Offset in the raw text where the body starts. */ readonly bodyStart: number }
  | { readonly ok: false; /** 1-based line of the raw text. */ readonly line: number; readonly message: string };

const fence = /^---[ \t]*$/;
const keyValue = /^([A-Za-z][\w-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/;
const known = ['title', 'date', 'source', 'url'] as const;
type Key = (typeof known)[number];

/** True when the text opens a front-matter block: its first line is `---`. */
export function hasFrontMatter(raw: string): boolean {
  return fence.test(raw.slice(0, lineEnd(raw, 0)));
}

const neverClosed: FrontMatterResult = {
  ok: false,
  line: 1,
  message: 'the front matter opened here is never closed; end it with a line "---"',
};

export function readFrontMatter(raw: string): FrontMatterResult {
  // Without a closing fence the body reads as bad key lines; the missing fence is the error worth naming.
  if (!/\n---[ \t]*(?:\r?\n|$)/.test(raw.slice(nextLine(raw, 0) - 1))) return neverClosed;
  const values: Partial<Record<Key, { value: string; line: number }>> = {};
  let pos = nextLine(raw, 0);
  let line = 2;
  let previousKnown = false;
  while (pos < raw.length) {
    const end = lineEnd(raw, pos);
    const text = raw.slice(pos, end);
    const next = nextLine(raw, pos);
    if (fence.test(text)) return finish(values, next);
    const kv = keyValue.exec(text);
    if (kv) {
      const key = (kv[1] ?? '').toLowerCase();
      previousKnown = (known as readonly string[]).includes(key);
      if (previousKnown) {
        const earlier = values[key as Key];
        if (earlier) return { ok: false, line, message: `${key} is given twice (first on line ${earlier.line})` };
        const value = unquote(kv[2] ?? '');
        if (typeof value !== 'string') return { ok: false, line, message: value.error };
        values[key as Key] = { value, line };
      }
    } else if (/^[ \t]|^-[ \t]/.test(text) && text.trim() !== '') {
      // A continuation (nested list or block) belongs to the key above; only unknown keys may have one.
      const message = `"${text.trim()}" continues a value over several lines; write the value on one line`;
      if (previousKnown) return { ok: false, line, message };
    } else if (text.trim() !== '' && !text.trimStart().startsWith('#')) {
      return { ok: false, line, message: `"${text.trim()}" is not a "key: value" line` };
    }
    pos = next;
    line++;
  }
  return neverClosed;
}

function finish(values: Partial<Record<Key, { value: string; line: number }>>, bodyStart: number): FrontMatterResult {
  const meta: { -readonly [K in keyof FrontMatter]: FrontMatter[K] } = {};
  if (values.title?.value) meta.title = values.title.value;
  if (values.source?.value) meta.source = values.source.value;
  const date = values.date;
  if (date?.value) {
    const day = dayOfDateTime(date.value);
    const message = `date "${date.value}" is not a valid date; write it as YYYY-MM-DD, for example 2024-04-04`;
    if (!day) return { ok: false, line: date.line, message };
    meta.dct = day;
  }
  const url = values.url;
  if (url?.value) {
    if (!validUrl(url.value)) return { ok: false, line: url.line, message: `url "${url.value}" is not an absolute http(s) address` };
    meta.url = url.value;
  }
  return { ok: true, meta, bodyStart };
}

/** A plain value loses a trailing ` # comment`; a double-quoted one follows JSON escapes; in a single-quoted one `''` is `'`. */
function unquote(raw: string): string | { error: string } {
  if (raw.startsWith('"')) {
    const m = /^"((?:[^"\\]|\\.)*)"(?:[ \t]+#.*)?$/.exec(raw);
    try {
      if (m) return (JSON.parse(`"${m[1] ?? ''}"`) as string).trim();
    } catch {
      // a bad escape such as \q: reported below
    }
    return { error: `the quoted value ${raw} is not closed or has a bad escape` };
  }
  if (raw.startsWith("'")) {
    const m = /^'((?:[^']|'')*)'(?:[ \t]+#.*)?$/.exec(raw);
    return m ? (m[1] ?? '').replace(/''/g, "'").trim() : { error: `the quoted value ${raw} is not closed` };
  }
  return raw.replace(/(?:^|[ \t]+)#.*$/, '').trim();
}

function lineEnd(raw: string, pos: number): number {
  const nl = raw.indexOf('\n', pos);
  const end = nl < 0 ? raw.length : nl;
  return end > pos && raw[end - 1] === '\r' ? end - 1 : end;
}

function nextLine(raw: string, pos: number): number {
  const nl = raw.indexOf('\n', pos);
  return nl < 0 ? raw.length : nl + 1;
}
