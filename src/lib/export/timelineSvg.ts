/**
 * The current view as a standalone SVG document: title, the marks and clusters, their labels, the axis and a source
 * line. Built from the same pure layout functions as the canvas (never by reading pixels back), so it is vector,
 * testable in Node, and matches what is on screen. Text is XML-escaped; nothing from the documents becomes markup.
 */
import { indexEvents, type ChartEvent } from '../layout/chartData.ts';
import { trackRows } from '../layout/trackRows.ts';
import { layoutFrame, type View } from '../layout/layoutFrame.ts';
import { placeClusterLabels, placeLabels } from '../layout/placeLabels.ts';
import { layoutAxis } from '../layout/layoutAxis.ts';
import type { Palette } from '../state/themes.ts';

export interface SvgEvent extends ChartEvent {
  readonly title: string;
}

export const defaults = {
  /** Width of the plot in CSS pixels; the document adds margins. */
  width: 1000,
  laneHeight: 24,
  margin: 24,
  titleHeight: 40,
  axisHeight: 56,
  footerHeight: 28,
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
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
  readonly palette: Palette;
  /** Index of the selected event in `events`. */
  readonly selected?: number;
  readonly width?: number;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (x: number) => String(Math.round(x * 10) / 10);

export function timelineSvg(events: readonly SvgEvent[], options: SvgOptions): string {
  const { width = defaults.width, measure = (t: string) => t.length * 6.5, palette: p, selected } = options;
  const { laneHeight, margin, titleHeight, axisHeight, footerHeight, font } = defaults;
  const data = indexEvents(events, 'none');
  const { rows, height: plotHeight } = trackRows(data.plan.counts, { laneHeight });
  const view: View = { t0: options.start, t1: options.end, width };
  const frame = layoutFrame(data.index, view, rows.map((r) => r.lanes), { labelRoom: 150 });
  const labels = placeLabels(frame.marks, (i) => events[i]!.title, width, measure, {}, frame.clusters);
  const clusterLabels = placeClusterLabels(frame.clusters, measure);
  const axis = layoutAxis(view, measure);
  const laneY = (track: number, lane: number) => rows[track]!.laneTop + lane * laneHeight;

  const out: string[] = [];
  for (const c of frame.clusters) {
    const y = laneY(c.track, c.lane);
    const h = rows[c.track]!.laneTop + rows[c.track]!.lanes * laneHeight - y;
    out.push(`<rect class="cluster" x="${n(c.x0)}" y="${n(y + 3)}" width="${n(c.x1 - c.x0)}" height="${n(h - 6)}" rx="4" fill="${p.mark}" fill-opacity="0.35" stroke="${p['mark-stroke']}"/>`);
  }
  for (const label of clusterLabels) {
    const c = frame.clusters[label.cluster]!;
    out.push(`<text x="${n(label.x)}" y="${n(laneY(c.track, c.lane) + 16)}" fill="${p.text}">${escape(label.text)}</text>`);
  }
  for (const m of frame.marks) {
    const y = laneY(m.track, m.lane) + laneHeight / 2;
    const colour = m.index === selected ? p.selected : p.mark;
    out.push(
      m.kind === 'point'
        ? `<circle class="mark" cx="${n(m.cx)}" cy="${n(y)}" r="6" fill="${colour}" stroke="${p['mark-stroke']}"/>`
        : `<rect class="mark" x="${n(m.x0)}" y="${n(y - 7)}" width="${n(m.x1 - m.x0)}" height="14" rx="3" fill="${colour}" stroke="${p['mark-stroke']}"/>`,
    );
  }
  for (const l of labels) out.push(`<text class="label" x="${n(l.x)}" y="${n(laneY(l.track, l.lane) + 16)}" fill="${p.text}">${escape(l.text)}</text>`);

  const axisParts = [`<line x1="0" x2="${width}" y1="0.5" y2="0.5" stroke="${p.muted}"/>`];
  for (const t of axis.ticks) axisParts.push(`<line x1="${n(t.x)}" x2="${n(t.x)}" y2="6" stroke="${p.muted}"/><text x="${n(t.x)}" y="18" text-anchor="middle" fill="${p.text}">${escape(t.text)}</text>`);
  axis.context.forEach((row, level) => {
    const y = 16 * (level + 1) + 4;
    for (const c of row) axisParts.push(`<text x="${n(c.left)}" y="${y + 16}" fill="${p.muted}">${escape(c.text)}</text>`);
  });

  const total = { w: width + 2 * margin, h: margin + titleHeight + plotHeight + axisHeight + footerHeight + margin };
  const plotTop = margin + titleHeight;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${total.w}" height="${total.h}" viewBox="0 0 ${total.w} ${total.h}" font-family="${escape(font)}" font-size="12">`,
    `<title>${escape(options.title)}</title>`,
    `<rect width="100%" height="100%" fill="${p.bg}"/>`,
    `<text x="${margin}" y="${margin + 22}" font-size="20" font-weight="600" fill="${p.text}">${escape(options.title)}</text>`,
    `<g transform="translate(${margin},${plotTop})">`,
    `<rect width="${width}" height="${plotHeight}" rx="6" fill="${p['chart-bg']}"/>`,
    ...out,
    `<g class="axis" transform="translate(0,${plotHeight})">${axisParts.join('')}</g>`,
    `</g>`,
    `<text class="source" x="${margin}" y="${plotTop + plotHeight + axisHeight + 16}" fill="${p.muted}">${escape(options.sourceLine)}</text>`,
    `</svg>`,
  ].join('\n');
}
