import { describe, expect, it } from 'vitest';
import { remToPx } from '../../scripts/remToPx.ts';

describe('remToPx', () => {
  it('writes rem lengths as px at 16px to the rem', () => {
    expect(remToPx('gap: 1rem; font-size: 0.85rem; padding: 0.15rem 1.25rem;')).toBe('gap: 16px; font-size: 13.6px; padding: 2.4px 20px;');
  });

  it('rewrites them inside functions, shorthands and negative values', () => {
    expect(remToPx('width: min(44rem, calc(100vw - 2rem));')).toBe('width: min(704px, calc(100vw - 32px));');
    expect(remToPx('font: 0.85rem/1.4 ui-monospace, monospace;')).toBe('font: 13.6px/1.4 ui-monospace, monospace;');
    expect(remToPx('margin: -0.5rem 0 .5rem;')).toBe('margin: -8px 0 8px;');
    expect(remToPx('grid-template-columns: minmax(16rem, 2fr) 3fr;')).toBe('grid-template-columns: minmax(256px, 2fr) 3fr;');
  });

  it('leaves other units and words that merely contain "rem" alone', () => {
    const css = '.gap-2rem { margin: 1em 2px 3vw; } .x1rem {} .remark { content: "remove"; }';
    expect(remToPx(css)).toBe(css);
  });

  it('takes another root size', () => {
    expect(remToPx('height: 2rem;', 10)).toBe('height: 20px;');
  });
});
