/**
 * The two ways to embed the current view, as HTML text for the Embed dialog: the `<event-timeline>` custom element
 * and an iframe of the app in embed mode. Pure; values are attribute-escaped, so a title or URL cannot break out.
 */
import { formatInstant, formatViewState, type ViewState } from '../share/viewState.ts';
import { roundRange } from '../share/shareUrl.ts';

/**
 * The view to embed: the fields a shared address carries (the filter, `query` and `participants`, only the iframe
 * takes; the lanes `none` are left out, as in a shared address), with where the app lives and how the embed is named.
 */
export interface EmbedView extends Pick<ViewState, 'src' | 'range' | 'event' | 'query' | 'participants' | 'grouping' | 'theme'> {
  /** Absolute URL of the app (its index.html), where embed.js also lives. */
  readonly appUrl: string;
  readonly title: string;
  /** CSS height of the embed. */
  readonly height?: string;
}

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Ranges are rounded as in a shared address: `2022-01-21`, not `2022-01-21T16:48:03.118Z`. */
const rounded = (view: EmbedView): EmbedView => (view.range ? { ...view, range: roundRange(view.range) } : view);

export function customElementSnippet(input: EmbedView): string {
  const view = rounded(input);
  const script = new URL('embed.js', view.appUrl).href;
  const attrs = [
    ['src', view.src ?? 'timeline.json'],
    ...(view.range ? [['start', formatInstant(view.range.start)], ['end', formatInstant(view.range.end)]] : []),
    ...(view.event ? [['event', view.event]] : []),
    ...(view.grouping && view.grouping !== 'none' ? [['lanes', view.grouping]] : []),
    ...(view.theme ? [['theme', view.theme]] : []),
    ['height', view.height ?? '480px'],
  ];
  const element = `<event-timeline ${attrs.map(([k, v]) => `${k}="${attr(v!)}"`).join(' ')}></event-timeline>`;
  return `<script type="module" src="${attr(script)}"></script>\n${element}`;
}

export function iframeSnippet(input: EmbedView, origins?: string): string {
  const { appUrl, src, range, event, query, participants, grouping, theme, title, height } = rounded(input);
  const url = new URL(appUrl);
  const viewQuery = formatViewState({ src, embed: true, range, event, query, participants, grouping, theme });
  url.search = viewQuery + (origins ? `&origins=${encodeURIComponent(origins)}` : '');
  url.hash = '';
  const style = `width:100%;height:${height ?? '480px'};border:0`;
  return `<iframe src="${attr(url.href)}" title="${attr(title)}" style="${attr(style)}" loading="lazy"></iframe>`;
}
