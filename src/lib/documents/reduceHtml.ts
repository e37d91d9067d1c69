/**
 * Reduces an HTML page to the readable text the app shows and quotes: the text of headings, paragraphs, list items
 * and other blocks, one block per paragraph with a blank line between blocks, entities decoded, whitespace collapsed.
 * Scripts, styles, navigation and other page furniture are dropped. Metadata comes from `<title>`/`<h1>` and
 * `<meta>`/`<link>` tags, then from the page's JSON-LD for what they do not say. Every offset of the project then
 * refers to the reduced text; the markup is never shown.
 */
import { decodeEntities } from './htmlEntities.ts';
import { readLinkedData } from './linkedData.ts';
import { tokenizeHtml } from './tokenizeHtml.ts';
import { dayOfDateTime, validUrl } from './validDay.ts';

export interface ReduceHtmlOptions {
  /** Elements left out with everything inside them. */
  readonly dropped: ReadonlySet<string>;
  /** Elements that start and end a block of text. */
  readonly blocks: ReadonlySet<string>;
  /** `<meta>` names or properties that give the creation date, in order of preference. */
  readonly dateMeta: readonly string[];
}

export const defaultReduceHtmlOptions: ReduceHtmlOptions = {
  dropped: new Set([
    'head', 'script', 'style', 'noscript', 'template', 'nav', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
    'button', 'select', 'textarea', 'form', 'dialog', 'noembed', 'noframes',
    // Page chrome around an article rather than its text (a header often holds the headline, so it stays).
    'footer', 'aside',
  ]),
  blocks: new Set([
    'address', 'article', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
    'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary',
    'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
  ]),
  dateMeta: ['date', 'article:published_time', 'dc.date', 'dcterms.date', 'dc.date.issued', 'dcterms.created', 'datepublished'],
};

export interface ReducedHtml {
  readonly text: string;
  readonly title?: string;
  readonly dct?: string;
  readonly source?: string;
  readonly url?: string;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function reduceHtml(html: string, options: ReduceHtmlOptions = defaultReduceHtmlOptions): ReducedHtml {
  const blocks: string[] = [];
  let lines: string[] = [''];
  let preDepth = 0;
  let preBlock = false;
  const flush = () => {
    const text = preBlock ? lines.join('\n').replace(/^\r?\n/, '').trimEnd() : lines.map(collapse).filter(Boolean).join('\n');
    if (text.trim() !== '') blocks.push(text);
    lines = [''];
    preBlock = preDepth > 0;
  };
  const append = (s: string) => {
    lines[lines.length - 1] += s;
  };

  const meta = new Map<string, string>();
  let title: string | undefined;
  let canonical: string | undefined;
  let h1: string | undefined;
  let h1Text: string | undefined; // collecting while inside the first h1
  const droppedOpen: string[] = [];
  let inSvg = 0;
  let inTitle = false;
  let inLinkedData = false;
  const linkedData: string[] = [];

  for (const token of tokenizeHtml(html)) {
    if (token.kind === 'text') {
      if (inLinkedData) linkedData.push(token.text);
      if (inTitle) {
        if (title === undefined && inSvg === 0) title = collapse(decodeEntities(token.text));
        continue;
      }
      if (droppedOpen.length > 0) continue;
      const text = decodeEntities(token.text);
      append(text);
      if (h1Text !== undefined) h1Text += text;
      continue;
    }
    const { name } = token;
    if (token.kind === 'open') {
      if (name === 'svg' && !token.selfClosing) inSvg++;
      if (name === 'title') inTitle = !token.selfClosing;
      if (name === 'script') inLinkedData = !token.selfClosing && /^\s*application\/ld\+json\s*$/i.test(token.attrs.type ?? '');
      if (name === 'meta') readMeta(token.attrs, meta);
      if (name === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(token.attrs.rel ?? '')) canonical ??= token.attrs.href?.trim();
      if (options.dropped.has(name) && !token.selfClosing) droppedOpen.push(name);
      if (droppedOpen.length > 0) continue;
      if (name === 'br') lines.push('');
      else if (name === 'td' || name === 'th') append(' ');
      if (options.blocks.has(name)) flush();
      if (name === 'pre') {
        preDepth++;
        preBlock = true;
      }
      if (name === 'h1' && h1 === undefined && h1Text === undefined) h1Text = '';
    } else {
      if (name === 'svg') inSvg = Math.max(0, inSvg - 1);
      if (name === 'title') inTitle = false;
      if (name === 'script') inLinkedData = false;
      const open = droppedOpen.lastIndexOf(name);
      if (open >= 0) {
        droppedOpen.length = open; // also closes dropped elements left open inside it
        continue;
      }
      if (droppedOpen.length > 0) continue;
      if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
      if (options.blocks.has(name)) flush();
      if (name === 'h1' && h1Text !== undefined) {
        h1 = collapse(h1Text);
        h1Text = undefined;
      }
    }
  }
  flush();

  const text = blocks.join('\n\n');
  // Meta tags first, as before; what JSON-LD says of the article fills what they leave out.
  const article = readLinkedData(linkedData);
  const titleText = title || h1 || (h1Text !== undefined ? collapse(h1Text) : undefined) || article.headline;
  const dct = options.dateMeta.map((key) => dayOfDateTime(meta.get(key) ?? '')).find((d) => d !== undefined) ?? article.dct;
  const url = [canonical, meta.get('og:url')].map((u) => (u ? validUrl(u) : undefined)).find((u) => u !== undefined) ?? article.url;
  const source = collapse(meta.get('og:site_name') ?? '') || article.publisher;
  return {
    text,
    ...(titleText ? { title: titleText } : {}),
    ...(dct ? { dct } : {}),
    ...(source ? { source } : {}),
    ...(url ? { url } : {}),
  };
}

/** `<meta name=… content=…>` and `<meta property=… content=…>`; the first tag with a given key wins. */
function readMeta(attrs: Readonly<Record<string, string>>, meta: Map<string, string>): void {
  const key = (attrs.property ?? attrs.name ?? attrs.itemprop)?.trim().toLowerCase();
  const content = attrs.content;
  if (!key || content === undefined || meta.has(key)) return;
  meta.set(key, decodeEntities(content).trim());
}
