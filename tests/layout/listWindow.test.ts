import { describe, expect, test } from 'vitest';
import { listKeyTarget, listWindow, scrollToRow } from '../../src/lib/layout/listWindow.ts';

describe('the windowed list', () => {
  test('renders the rows in view and a few more on each side, never past the ends', () => {
    expect(listWindow(0, 500, 50, 100_000, 4)).toEqual({ first: 0, last: 14 });
    expect(listWindow(1000, 500, 50, 100_000, 4)).toEqual({ first: 16, last: 34 });
    expect(listWindow(50 * 99_990, 500, 50, 100_000, 4)).toEqual({ first: 99_986, last: 100_000 });
    expect(listWindow(0, 500, 50, 3, 4)).toEqual({ first: 0, last: 3 });
    expect(listWindow(0, 500, 50, 0)).toEqual({ first: 0, last: 0 });
  });

  test('a row count that does not depend on the list length: 100,000 rows cost what 20 do', () => {
    const { first, last } = listWindow(123_456, 600, 54, 100_000);
    expect(last - first).toBeLessThan(30);
  });

  test('keys move the roving focus by one, by a page, or to either end, clamped', () => {
    expect(listKeyTarget('ArrowDown', 5, 10, 4)).toBe(6);
    expect(listKeyTarget('ArrowUp', 0, 10, 4)).toBe(0);
    expect(listKeyTarget('ArrowDown', 9, 10, 4)).toBe(9);
    expect(listKeyTarget('PageDown', 5, 10, 4)).toBe(9);
    expect(listKeyTarget('PageUp', 5, 10, 4)).toBe(1);
    expect(listKeyTarget('PageUp', 2, 10, 0.5)).toBe(1);
    expect(listKeyTarget('Home', 5, 10, 4)).toBe(0);
    expect(listKeyTarget('End', 5, 10, 4)).toBe(9);
    expect(listKeyTarget('Enter', 5, 10, 4)).toBeUndefined();
    expect(listKeyTarget('ArrowDown', 0, 0, 4)).toBeUndefined();
  });

  test('a row out of view is scrolled to the nearest edge; one in view does not move the list', () => {
    expect(scrollToRow(10, 0, 200, 50)).toBe(350);
    expect(scrollToRow(1, 100, 200, 50)).toBe(50);
    expect(scrollToRow(3, 100, 200, 50)).toBeUndefined();
  });
});
