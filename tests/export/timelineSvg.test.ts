import { describe, expect, test } from 'vitest';
import { timelineSvg, type SvgEvent } from '../../src/lib/export/timelineSvg.ts';
import { palettes } from '../../src/lib/state/themes.ts';

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
