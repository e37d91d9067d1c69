import { describe, expect, test } from 'vitest';
import { contrastRatio, palettes, themeProperties } from '../../src/lib/state/themes.ts';

/** Text pairs need 4.5:1 (WCAG AA, normal text); marks, focus rings and borders 3:1 (non-text contrast). */
const textPairs = [
  ['text', 'bg'], ['muted', 'bg'], ['accent-text', 'bg'], ['text', 'chart-bg'], ['muted', 'chart-bg'], ['text', 'selected-bg'],
  ['text', 'hover-bg'], ['text', 'mark-bg'], ['tooltip-text', 'tooltip-bg'], ['text', 'warn-bg'], ['accent-text', 'selected-bg'],
] as const;
const graphicPairs = [['mark', 'chart-bg'], ['selected', 'chart-bg'], ['focus', 'bg'], ['warn', 'warn-bg'], ['selected', 'bg']] as const;

describe('themes', () => {
  test.each(Object.keys(palettes) as (keyof typeof palettes)[])('%s meets WCAG AA', (theme) => {
    const p = palettes[theme];
    for (const [fg, bg] of textPairs) expect([fg, bg, contrastRatio(p[fg], p[bg])]).toEqual([fg, bg, expect.toSatisfy((r: number) => r >= 4.5)]);
    for (const [fg, bg] of graphicPairs) expect([fg, bg, contrastRatio(p[fg], p[bg])]).toEqual([fg, bg, expect.toSatisfy((r: number) => r >= 3)]);
  });

  test('contrastRatio gives 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#3b6fd8', '#3b6fd8')).toBe(1);
  });

  test('embed properties defer to public --event-timeline-* properties', () => {
    expect(themeProperties('light', 'event-timeline-')[0]).toEqual(['--bg', 'var(--event-timeline-bg, #fbfbfa)']);
  });
});
