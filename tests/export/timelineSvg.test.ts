import { describe, expect, test } from 'vitest';
import { timelineSvg, type SvgEvent } from '../../src/lib/export/timelineSvg.ts';
import { escapeXml } from '../../src/lib/export/escapeXml.ts';
import { mixColors } from '../../src/lib/export/readableFill.ts';
import { contrastRatio, palettes, type Palette, type Theme } from '../../src/lib/state/themes.ts';
import { xmlProblem } from './wellFormedXml.ts';

const day = 864e5;
const event = (start: number, title: string, days = 1): SvgEvent => ({ start, end: start + days * day, granularity: 'day', sources: [{ docId: 'd' }], title });
const events = [event(Date.UTC(2024, 0, 10), 'First <b>meeting</b> & "talks"'), event(Date.UTC(2024, 2, 1), 'A month', 31)];
const options = { title: 'Talks & <more>', sourceLine: 'Source: a.txt', start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 5, 1), palette: palettes.light };

describe('timelineSvg', () => {
  test('draws a point for a day and a span for a month, with the title, axis and source line', () => {
    const svg = timelineSvg(events, options);
    expect(svg.match(/<circle class="mark"/g)).toHaveLength(1);
    expect(svg.match(/<rect class="mark"/g)).toHaveLength(1);
    expect(svg).toContain('<title>Talks &amp; &lt;more&gt;</title>');
    expect(svg).toMatch(/<g class="axis"[^>]*>.*>Feb<\/text>/);
    expect(svg).toContain('class="source"');
    expect(svg).toContain('Source: a.txt');
  });

  test('document text is escaped, never markup', () => {
    const svg = timelineSvg(events, options);
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('First &lt;b&gt;meeting&lt;/b&gt; &amp; &quot;talks&quot;');
  });

  test('the selected event takes the theme\'s selected colour; events out of range are left out', () => {
    expect(timelineSvg(events, { ...options, selected: 1 })).toContain(`fill="${palettes.light.selected}"`);
    const later = timelineSvg(events, { ...options, start: Date.UTC(2025, 0, 1), end: Date.UTC(2025, 6, 1) });
    expect(later).not.toContain('class="mark"');
  });
});

describe('timelineSvg: text XML cannot hold', () => {
  // ESC and backspace (pasted terminal output), a noncharacter and a lone half of a surrogate pair.
  const dirty = 'Alarm \u001b[31mraised\u0008 at \uFFFEthe port\uD800 😀';

  test('a title with control characters still gives a well-formed document, its text without them', () => {
    const svg = timelineSvg([event(Date.UTC(2024, 0, 10), dirty)], { ...options, title: dirty, sourceLine: `Source: ${dirty}` });
    expect(xmlProblem(svg)).toBeUndefined();
    expect(svg).toContain('Alarm [31mraised at the port 😀');
  });

  test('the check itself finds what a browser would reject', () => {
    expect(xmlProblem('<svg><text>a\u001bb</text></svg>')).toMatch(/U\+001B/);
    expect(xmlProblem('<svg><text>a\uD800</text></svg>')).toMatch(/U\+D800/);
    expect(xmlProblem('<svg><text>a & b</text></svg>')).toMatch(/bad reference/);
    expect(xmlProblem('<svg><text>a</svg>')).toBeDefined();
    expect(xmlProblem('<svg><text x="1">a &amp; 😀</text><rect/></svg>')).toBeUndefined();
  });

  test('escapeXml keeps tab, newline and surrogate pairs, and drops the rest', () => {
    expect(escapeXml('a\tb\nc\r😀\u0000\u001f\uFFFF\uDC00<')).toBe('a\tb\nc\r😀&lt;');
  });
});

describe('timelineSvg: as the chart draws it', () => {
  test('grouped lanes: one track per group, with its name over it and a rule between them', () => {
    const two = [
      { ...event(Date.UTC(2024, 0, 10), 'In the first'), sources: [{ docId: 'a' }] },
      { ...event(Date.UTC(2024, 2, 10), 'In the second'), sources: [{ docId: 'b' }] },
    ];
    const names: Record<string, string> = { a: 'Harbour report', b: 'Council <minutes>' };
    const svg = timelineSvg(two, { ...options, grouping: 'document', trackName: (key) => names[key]! });
    expect(svg.match(/<text class="track-name"[^>]*>[^<]*/g)?.map((t) => t.replace(/.*>/, ''))).toEqual(['HARBOUR REPORT', 'COUNCIL &lt;MINUTES&gt;']);
    const ys = [...svg.matchAll(/<circle class="mark" cx="[\d.]+" cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(2);
    expect(ys[1]).toBeGreaterThan(ys[0]!);
    expect(timelineSvg(two, options)).not.toContain('track-name');
  });

  test('the plot is clipped to its area: a span that began before the view stops at its left edge', () => {
    const svg = timelineSvg([event(Date.UTC(2023, 11, 1), 'Long before', 60)], options);
    expect(svg).toMatch(/<clipPath id="plot-area"><rect width="1000" height="72"\/><\/clipPath>/);
    const plot = svg.slice(svg.indexOf('<g clip-path="url(#plot-area)">'), svg.indexOf('<g class="axis"'));
    expect(plot).toMatch(/<rect class="mark" x="-[\d.]+"/);
  });

  test('a long heading and source line are cut with an ellipsis to the width, and kept whole in a <title>', () => {
    const measure = (t: string) => t.length * 6.5;
    const [title, sourceLine] = ['A very long heading '.repeat(10).trim(), `Sources: ${Array.from({ length: 30 }, (_, i) => `Document ${i} (2024-04-04)`).join('; ')}.`];
    const svg = timelineSvg(events, { ...options, title, sourceLine, measure, width: 600 });
    const heading = /<text x="24" y="46" font-size="20"[^>]*>([^<]*)<\/text>/.exec(svg)![1]!;
    const source = /<text class="source"[^>]*>([^<]*)<\/text>/.exec(svg)![1]!;
    expect(heading).toMatch(/^A very long heading.*…$/);
    expect(measure(heading) * (20 / 12) * 1.1).toBeLessThanOrEqual(600);
    expect(source).toMatch(/^Sources: Document 0.*…$/);
    expect(measure(source)).toBeLessThanOrEqual(600);
    expect(svg).toContain(`<title>${sourceLine}</title>`);
    expect(svg).toContain(`<title>${title}</title>`);
    // Short lines are left alone, with no <title> of their own.
    expect(timelineSvg(events, options).match(/<title>/g)).toHaveLength(1);
  });
});

describe('timelineSvg: labels are readable on what is under them', () => {
  // A month span with its title inside, and two hundred events in four days that make a cluster with a count.
  const crowd = Array.from({ length: 200 }, (_, i) => event(Date.UTC(2024, 3, 15) + i * 18e5, `Crowd ${i}`, 0));
  const spanned = [event(Date.UTC(2024, 2, 1), 'The month of talks', 31), ...crowd];
  const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const number = (tag: string, name: string) => Number(attribute(tag, name));

  /** Each label's text colour and the colour under it: a span or cluster it sits on, blended over the plot, or the plot. */
  function labelsOnBackground(svg: string, palette: Palette): { text: string; under: string; fill: string }[] {
    const shapes = svg.match(/<rect class="(?:mark|cluster)"[^>]*>/g) ?? [];
    const labels = svg.match(/<text class="(?:label|cluster-count)"[^>]*>[^<]*/g) ?? [];
    return labels.map((label) => {
      const [x, y] = [number(label, 'x'), number(label, 'y')];
      const shape = shapes.find((s) => x >= number(s, 'x') && x < number(s, 'x') + number(s, 'width') && y > number(s, 'y') && y - 8 < number(s, 'y') + number(s, 'height'));
      const under = shape ? mixColors(attribute(shape, 'fill')!, palette['chart-bg'], Number(attribute(shape, 'fill-opacity') ?? 1)) : palette['chart-bg'];
      return { text: label.replace(/.*>/, ''), under, fill: attribute(label, 'fill')! };
    });
  }

  test.each(Object.keys(palettes) as Theme[])('%s: every label, on a plain, selected or clustered mark, has at least 4.5:1', (theme) => {
    const palette = palettes[theme];
    for (const selected of [undefined, 0]) {
      const svg = timelineSvg(spanned, { ...options, palette, start: Date.UTC(2024, 1, 15), end: Date.UTC(2024, 4, 1), ...(selected === undefined ? {} : { selected }) });
      const labels = labelsOnBackground(svg, palette);
      const onSpan = labels.find((l) => l.text === 'The month of talks');
      expect(onSpan?.under).not.toBe(palette['chart-bg']);
      expect(labels.some((l) => /^\d+$/.test(l.text) && l.under !== palette['chart-bg'])).toBe(true);
      for (const l of labels) expect([l.text, contrastRatio(l.fill, l.under)]).toEqual([l.text, expect.toSatisfy((r: number) => r >= 4.5)]);
    }
  });

  test('a span keeps the chart\'s fill where its label reads on it', () => {
    const svg = timelineSvg(spanned, { ...options, start: Date.UTC(2024, 1, 15), end: Date.UTC(2024, 4, 1) });
    expect(svg).toMatch(/<rect class="mark"[^>]*fill="#3b6fd8" fill-opacity="0.4"/);
    expect(mixColors('#000000', '#ffffff', 0.5)).toBe('#808080');
  });
});
