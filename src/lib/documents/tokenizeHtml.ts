/**
 * A forgiving HTML tokenizer: tags with their attributes, and text. It builds no tree and runs no script; it only
 * reads, so the reducers above it can take text out of a page in Node and in the browser without a DOM.
 * Comments, doctypes and processing instructions are skipped; the content of raw-text elements (script, style…)
 * comes back as one text token that is never parsed as markup.
 */

export type HtmlToken =
  | { readonly kind: 'text'; /** As written: character references are not decoded. */ readonly text: string; readonly raw: boolean }
  | { readonly kind: 'open'; readonly name: string; readonly attrs: Readonly<Record<string, string>>; readonly selfClosing: boolean }
  | { readonly kind: 'close'; readonly name: string };

/** Elements whose content is text up to their end tag, never markup. */
export const rawTextElements: ReadonlySet<string> = new Set([
  'script', 'style', 'title', 'textarea', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes', 'plaintext',
]);

const tagName = /<(\/?)([A-Za-z][^\s/>]*)/y;
const attribute = /[\s/]*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/y;
const tagEnd = /[\s/]*?(\/?)>/y;

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let pos = 0;
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart) tokens.push({ kind: 'text', text: html.slice(textStart, end), raw: false });
  };
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) break;
    const skipTo = skippedMarkupEnd(html, lt);
    if (skipTo !== undefined) {
      flushText(lt);
      pos = textStart = skipTo;
      continue;
    }
    tagName.lastIndex = lt;
    const m = tagName.exec(html);
    if (!m) {
      pos = lt + 1; // a lone "<" is text
      continue;
    }
    const closing = m[1] === '/';
    const name = (m[2] ?? '').toLowerCase();
    const tag = readAttributes(html, tagName.lastIndex);
    if (!tag) break; // an unfinished tag at the end of the file is dropped with the rest
    flushText(lt);
    pos = textStart = tag.end;
    if (closing) {
      tokens.push({ kind: 'close', name });
      continue;
    }
    tokens.push({ kind: 'open', name, attrs: tag.attrs, selfClosing: tag.selfClosing });
    if (rawTextElements.has(name) && !tag.selfClosing) {
      const close = new RegExp(`</${name}[\\s/>]`, 'ig');
      close.lastIndex = pos;
      const found = close.exec(html);
      const contentEnd = found ? found.index : html.length;
      if (contentEnd > pos) tokens.push({ kind: 'text', text: html.slice(pos, contentEnd), raw: true });
      tokens.push({ kind: 'close', name });
      const gt = found ? html.indexOf('>', contentEnd) : -1;
      pos = textStart = gt < 0 ? html.length : gt + 1;
    }
  }
  flushText(html.length);
  return tokens;
}

/** End of a comment, doctype, CDATA section or processing instruction starting at `lt`, or undefined if none starts there. */
function skippedMarkupEnd(html: string, lt: number): number | undefined {
  if (html.startsWith('<!--', lt)) {
    const end = html.indexOf('-->', lt + 4);
    return end < 0 ? html.length : end + 3;
  }
  if (html.startsWith('<![CDATA[', lt)) {
    const end = html.indexOf(']]>', lt + 9);
    return end < 0 ? html.length : end + 3;
  }
  if (html.startsWith('<!', lt) || html.startsWith('<?', lt)) {
    const end = html.indexOf('>', lt + 2);
    return end < 0 ? html.length : end + 1;
  }
  return undefined;
}

function readAttributes(html: string, from: number): { attrs: Record<string, string>; selfClosing: boolean; end: number } | undefined {
  const attrs: Record<string, string> = {};
  let pos = from;
  for (;;) {
    tagEnd.lastIndex = pos;
    const end = tagEnd.exec(html);
    if (end) return { attrs, selfClosing: end[1] === '/', end: tagEnd.lastIndex };
    attribute.lastIndex = pos;
    const a = attribute.exec(html);
    if (pos >= html.length) return undefined;
    if (!a || attribute.lastIndex === pos) {
      pos++; // a stray quote or "=": skip it, as browsers do
      continue;
    }
    const name = (a[1] ?? '').toLowerCase();
    // The first of two attributes with one name wins, as in the HTML parser.
    if (!Object.hasOwn(attrs, name)) attrs[name] = a[2] ?? a[3] ?? a[4] ?? '';
    pos = attribute.lastIndex;
  }
}
