/**
 * The sanitiser for HTML that comes from outside (TimelineJS text fields): it keeps plain text only. Tags and their
 * attributes are read and thrown away, so no script, event handler or `javascript:` address can survive; the
 * content of script, style and similar elements is dropped with them. Blocks become paragraphs separated by a blank
 * line, `<br>` a line break, entities are decoded and whitespace is collapsed.
 * `<mark>` ranges are reported in the offsets of the plain text: our TimelineJS export marks the time expression.
 */
import { decodeEntities } from '../documents/htmlEntities.ts';
import { defaultReduceHtmlOptions } from '../documents/reduceHtml.ts';
import { tokenizeHtml } from '../documents/tokenizeHtml.ts';

export interface PlainText {
  readonly text: string;
  readonly marks: readonly { readonly start: number; readonly end: number }[];
}

export interface PlainTextOptions {
  /** Keep only the text inside the first element of this name, when there is one (`blockquote`). */
  readonly within?: string;
}

export function htmlToPlainText(html: string, options: PlainTextOptions = {}): PlainText {
  const tokens = tokenizeHtml(html);
  const { within } = options;
  const scoped = within !== undefined && tokens.some((t) => t.kind === 'open' && t.name === within);
  let out = '';
  let atBlockStart = true;
  let pendingSpace = false;
  let dropped = 0;
  let depth = 0; // inside `within`
  let done = false;
  const marks: { start: number; end: number }[] = [];
  let markStart: number | undefined;
  let markOpen = false;

  const put = (s: string) => {
    for (const ch of s) {
      if (/\s/.test(ch)) {
        pendingSpace = !atBlockStart && !out.endsWith('\n');
        continue;
      }
      if (atBlockStart && out !== '' && !out.endsWith('\n')) out += '\n\n';
      else if (pendingSpace) out += ' ';
      if (markOpen && markStart === undefined) markStart = out.length;
      out += ch;
      atBlockStart = false;
      pendingSpace = false;
    }
  };
  const breakBlock = () => {
    atBlockStart = true;
    pendingSpace = false;
  };

  for (const token of tokens) {
    if (done) break;
    const active = !scoped || depth > 0;
    if (token.kind === 'text') {
      if (active && dropped === 0) put(decodeEntities(token.text));
      continue;
    }
    const { name } = token;
    if (token.kind === 'open') {
      if (scoped && name === within) depth++;
      if (defaultReduceHtmlOptions.dropped.has(name) && !token.selfClosing) dropped++;
      if (!active && depth === 0) continue;
      if (name === 'br' && !atBlockStart) {
        out += '\n';
        pendingSpace = false;
        atBlockStart = false;
      }
      if (defaultReduceHtmlOptions.blocks.has(name)) breakBlock();
      if (name === 'mark') {
        markOpen = true;
        markStart = undefined;
      }
      continue;
    }
    if (defaultReduceHtmlOptions.dropped.has(name)) dropped = Math.max(0, dropped - 1);
    if (name === 'mark' && markOpen) {
      if (markStart !== undefined) marks.push({ start: markStart, end: out.length });
      markOpen = false;
    }
    if (defaultReduceHtmlOptions.blocks.has(name)) breakBlock();
    if (scoped && name === within && --depth === 0) done = true;
  }
  return { text: out, marks };
}
