/**
 * The current view as a standalone SVG document: title, the marks and clusters, their labels, the axis and a source
 * line. Built from the same pure layout functions as the canvas (never by reading pixels back), so it is vector,
 * testable in Node, and matches what is on screen. Text is XML-escaped, without the characters XML cannot hold
 * (escapeXml.ts); nothing from the documents becomes markup.
 */
import { indexEvents, type ChartEvent } from '../layout/chartData.ts';
import type { LaneGrouping } from '../layout/groupTracks.ts';
import { trackRows, type TrackRow } from '../layout/trackRows.ts';
import { layoutFrame, type FrameLayout, type View } from '../layout/layoutFrame.ts';
import { fitText, placeClusterLabels, placeLabels } from '../layout/placeLabels.ts';
import { layoutAxis } from '../layout/layoutAxis.ts';
import type { Palette } from '../state/themes.ts';
import { escapeXml as escape, xmlChars } from './escapeXml.ts';
import { readableOpacity } from './readableFill.ts';

export interface SvgEvent extends ChartEvent {
  readonly title: string;
}

export const defaults = {
  /** Width of the plot in CSS pixels; the document adds margins. */
  width: 1000,
  laneHeight: 24,
  margin: 24,
  titleHeight: 40,
  /** Font size of the heading, in pixels (weight 600); the rest of the text is 12px. */
  titleSize: 20,
  axisHeight: 56,
  footerHeight: 28,
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  /** Opacity of a span's fill, plain and selected, and of a cluster's: the chart's own, where its label stays readable. */
  spanOpacity: 0.4,
  selectedSpanOpacity: 0.75,
  clusterOpacity: 0.35,
} as const;

export interface SvgOptions {
  /** Heading above the chart. */
  readonly title: string;
  /** The line under the chart naming where the events come from. */
  readonly sourceLine: string;
  /** Visible range, epoch ms. */
  readonly start: number;
  readonly end: number;
  /** Text width in pixels at 12px of `defaults.font`; a fixed-width guess when not given. */
  readonly measure?: (text: string) => number;
  /** Text width at the heading's font (`defaults.titleSize`, weight 600); `measure` scaled up, a little wide, when not given. */
  readonly measureTitle?: (text: string) => number;
  readonly palette: Palette;
  /** Index of the selected event in `events`. */
  readonly selected?: number;
  readonly width?: number;
  /** How events are grouped into tracks, as the chart's Lanes menu: 'none' (one track) by default. */
  readonly grouping?: LaneGrouping;
  /** The name shown over a track, from its group key (a document id, an entity id); the key itself by default. */
  readonly trackName?: (key: string) => string;
}

const n = (x: number) => String(Math.round(x * 10) / 10);
/** Clips the plot: marks reaching past the view (a span that started before it) stop at its edges. */
const clipId = 'plot-area';

export function timelineSvg(events: readonly SvgEvent[], options: SvgOptions): string {
  const { width = defaults.width, measure = (t: string) => t.length * 6.5, palette: p, grouping = 'none', trackName = (key: string) => key } = options;
  const { titleSize, margin, titleHeight, axisHeight, footerHeight, font } = defaults;
  const { measureTitle = (t: string) => measure(t) * (titleSize / 12) * 1.1 } = options;
  const data = indexEvents(events, grouping);
  const { rows, height: plotHeight } = trackRows(data.plan.counts, { laneHeight: defaults.laneHeight });
  const view: View = { t0: options.start, t1: options.end, width };
  const frame = layoutFrame(data.index, view, rows.map((r) => r.lanes), { labelRoom: 150 });
  const names = data.plan.names.length > 1 ? data.plan.names.map((key) => trackName(key)) : [];

  const total = { w: width + 2 * margin, h: margin + titleHeight + plotHeight + axisHeight + footerHeight + margin };
  const plotTop = margin + titleHeight;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${total.w}" height="${total.h}" viewBox="0 0 ${total.w} ${total.h}" font-family="${escape(font)}" font-size="12">`,
    `<title>${escape(options.title)}</title>`,
    `<defs><clipPath id="${clipId}"><rect width="${width}" height="${plotHeight}"/></clipPath></defs>`,
    `<rect width="100%" height="100%" fill="${p.bg}"/>`,
    textLine(options.title, width, measureTitle, `x="${margin}" y="${margin + 22}" font-size="${titleSize}" font-weight="600" fill="${p.text}"`),
    `<g transform="translate(${margin},${plotTop})">`,
    `<rect width="${width}" height="${plotHeight}" rx="6" fill="${p['chart-bg']}"/>`,
    `<g clip-path="url(#${clipId})">`,
    ...trackParts(rows, names, width, measure, p),
    ...plotParts(events, frame, rows, width, measure, p, options.selected),
    `</g>`,
    `<g class="axis" transform="translate(0,${plotHeight})">${axisParts(view, measure, p)}</g>`,
    `</g>`,
    textLine(options.sourceLine, width, measure, `class="source" x="${margin}" y="${plotTop + plotHeight + axisHeight + 16}" fill="${p.muted}"`),
    `</svg>`,
  ].join('\n');
}

/** One line of text cut with an ellipsis to `room`; when cut, the whole of it goes in a <title> (a tooltip, and for readers). */
function textLine(text: string, room: number, measure: (text: string) => number, attributes: string): string {
  const whole = xmlChars(text);
  const shown = fitText(whole, room, measure) ?? '…';
  const element = `<text ${attributes}>${escape(shown)}</text>`;
  return shown === whole ? element : `<g><title>${escape(whole)}</title>${element}</g>`;
}

/** With more than one track, as the chart: a rule between tracks and each track's name over its lanes. */
function trackParts(rows: readonly TrackRow[], names: readonly string[], width: number, measure: (text: string) => number, p: Palette): string[] {
  if (names.length === 0) return [];
  return rows.flatMap((row, track) => {
    const name = fitText(xmlChars(names[track]!).toUpperCase(), width - 8, measure);
    return [
      ...(track > 0 ? [`<rect x="0" y="${n(row.y)}" width="${width}" height="1" fill="${p.text}" fill-opacity="0.18"/>`] : []),
      ...(name ? [`<text class="track-name" x="4" y="${n(row.y + 13)}" font-size="11" letter-spacing="0.44" fill="${p.muted}">${escape(name)}</text>`] : []),
    ];
  });
}

/** Clusters, marks and labels. Span fills keep the chart's look where their label reads on them at 4.5:1. */
function plotParts(
  events: readonly SvgEvent[],
  frame: FrameLayout,
  rows: readonly TrackRow[],
  width: number,
  measure: (text: string) => number,
  p: Palette,
  selected: number | undefined,
): string[] {
  const { laneHeight, spanOpacity, selectedSpanOpacity, clusterOpacity } = defaults;
  // Titles are measured and cut as they will be written: without the characters XML cannot hold.
  const labels = placeLabels(frame.marks, (i) => xmlChars(events[i]!.title), width, measure, {}, frame.clusters);
  const laneY = (track: number, lane: number) => rows[track]!.laneTop + lane * laneHeight;
  const readable = (colour: string, preferred: number) => readableOpacity(colour, p['chart-bg'], p.text, preferred);
  const opacity = { span: readable(p.mark, spanOpacity), selected: readable(p.selected, selectedSpanOpacity), cluster: readable(p.mark, clusterOpacity) };

  const out: string[] = [];
  for (const c of frame.clusters) {
    const y = laneY(c.track, c.lane);
    const h = rows[c.track]!.laneTop + rows[c.track]!.lanes * laneHeight - y;
    out.push(`<rect class="cluster" x="${n(c.x0)}" y="${n(y + 3)}" width="${n(c.x1 - c.x0)}" height="${n(h - 6)}" rx="4" fill="${p.mark}" fill-opacity="${opacity.cluster}" stroke="${p['mark-stroke']}"/>`);
  }
  for (const label of placeClusterLabels(frame.clusters, measure)) {
    const c = frame.clusters[label.cluster]!;
    out.push(`<text class="cluster-count" x="${n(label.x)}" y="${n(laneY(c.track, c.lane) + 16)}" fill="${p.text}">${escape(label.text)}</text>`);
  }
  for (const m of frame.marks) {
    const y = laneY(m.track, m.lane) + laneHeight / 2;
    const isSelected = m.index === selected;
    const colour = isSelected ? p.selected : p.mark;
    // As the chart: a selected span is outlined in the text colour, the others in the marks' stroke.
    out.push(
      m.kind === 'point'
        ? `<circle class="mark" cx="${n(m.cx)}" cy="${n(y)}" r="6" fill="${colour}" stroke="${p['mark-stroke']}"/>`
        : `<rect class="mark" x="${n(m.x0)}" y="${n(y - 7)}" width="${n(m.x1 - m.x0)}" height="14" rx="3" fill="${colour}" fill-opacity="${isSelected ? opacity.selected : opacity.span}" stroke="${isSelected ? p.text : p['mark-stroke']}"/>`,
    );
  }
  for (const l of labels) out.push(`<text class="label" x="${n(l.x)}" y="${n(laneY(l.track, l.lane) + 16)}" fill="${p.text}">${escape(l.text)}</text>`);
  return out;
}

/** The axis: its rule, ticks with their labels, and the rows of calendar context under them. */
function axisParts(view: View, measure: (text: string) => number, p: Palette): string {
  const axis = layoutAxis(view, measure);
  const parts = [`<line x1="0" x2="${view.width}" y1="0.5" y2="0.5" stroke="${p.muted}"/>`];
  for (const t of axis.ticks) parts.push(`<line x1="${n(t.x)}" x2="${n(t.x)}" y2="6" stroke="${p.muted}"/><text x="${n(t.x)}" y="18" text-anchor="middle" fill="${p.text}">${escape(t.text)}</text>`);
  axis.context.forEach((row, level) => {
    const y = 16 * (level + 1) + 4;
    for (const c of row) parts.push(`<text x="${n(c.left)}" y="${y + 16}" fill="${p.muted}">${escape(c.text)}</text>`);
  });
  return parts.join('');
}
