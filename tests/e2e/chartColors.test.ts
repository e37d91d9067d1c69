// The chart's colours in the app: resolved by the browser from the CSS custom properties, whatever their syntax, and
// followed when they change (a theme, or the page's CSS at run time) without the chart being drawn afresh.
import { describe, expect, test } from 'vitest';
import { useSeedPage } from './browser.ts';
import { canvasPixels } from './hostPage.ts';

const session = useSeedPage();

describe('the chart in the app', () => {
  test('follows a colour set at run time in any CSS syntax, and a change of theme, in the same canvas', async () => {
    const { page } = session;
    const canvas = page.locator('.surface canvas');
    await expect.poll(() => canvasPixels(canvas, [59, 111, 216])).toBeGreaterThan(30); // the light theme's blue
    await canvas.evaluate((c) => ((c as unknown as { kept: boolean }).kept = true));
    await page.evaluate(() => document.documentElement.style.setProperty('--mark', 'rebeccapurple'));
    await expect.poll(() => canvasPixels(canvas, [102, 51, 153])).toBeGreaterThan(30);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect.poll(() => canvasPixels(canvas, [109, 155, 255])).toBeGreaterThan(30); // the dark theme's blue
    expect(await canvasPixels(canvas, [102, 51, 153])).toBe(0);
    expect(await canvas.evaluate((c) => (c as unknown as { kept?: boolean }).kept)).toBe(true);
    expect(session.errors).toEqual([]);
  });
});
