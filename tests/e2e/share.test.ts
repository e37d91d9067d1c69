// Shareable state: the address follows the view (range, selection, filter, lanes, theme), and opening it restores the view.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
});

afterAll(async () => {
  await browser?.close();
});

const surface = () => page.locator('.surface');
const param = (name: string) => new URL(page.url()).searchParams.get(name);

describe('the view in the address', () => {
  test('a URL restores the range, the selected event, the filter and the theme', async () => {
    await page.goto(`${inject('baseURL')}?start=2023-06-01&end=2024-05-01&event=russia-france-defence-call-2024-04-04%3A1490&q=attack&theme=contrast`);
    await expect.poll(() => surface().getAttribute('data-from')).toBe('2023-06-01T00:00:00.000Z');
    expect(await surface().getAttribute('data-to')).toBe('2024-05-01T00:00:00.000Z');
    expect(await page.locator('mark .timex').textContent()).toBe('March 22');
    // The filter keeps the events whose title or quote has the word: the attack, not Macron's comments.
    expect(await page.locator('.events').textContent()).toContain('concert hall');
    expect(await page.locator('.events').textContent()).not.toContain('Macron');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('contrast');
    expect(await page.locator('html').evaluate((e) => getComputedStyle(e).getPropertyValue('--bg').trim())).toBe('#000000');
  });

  test('zooming, selecting and filtering rewrite the address without adding history entries', async () => {
    const length = await page.evaluate(() => history.length);
    await surface().focus();
    await page.keyboard.press('-');
    await expect.poll(() => param('start')).not.toBe('2023-06-01');
    await page.getByRole('searchbox').fill('');
    await expect.poll(() => param('q')).toBeNull();
    await page.locator('.events button').filter({ hasText: 'Macron' }).click();
    await expect.poll(() => param('event')).toBe('russia-france-defence-call-2024-04-04:584');
    expect(await page.evaluate(() => history.length)).toBe(length);
  });

  test('choosing a theme writes it to the address and redraws the chart where it was', async () => {
    await page.waitForTimeout(300);
    const from = await surface().getAttribute('data-from');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect.poll(() => param('theme')).toBe('dark');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await expect.poll(() => surface().getAttribute('data-from')).toBe(from);
  });

  test('reopening the written address shows the same view', async () => {
    await page.waitForTimeout(300);
    const url = page.url();
    const [from, to] = [param('start')!, param('end')!];
    const other = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    await other.goto(url);
    await expect.poll(() => other.locator('.surface').getAttribute('data-from')).toBe(new Date(Date.parse(from)).toISOString());
    expect(await other.locator('.surface').getAttribute('data-to')).toBe(new Date(Date.parse(to)).toISOString());
    expect(await other.locator('.events [aria-pressed="true"]').textContent()).toContain('Macron');
    await expect.poll(() => other.url()).toBe(url);
    await other.close();
  });

  test('a person or an event the timeline does not have is ignored, and the page says so', async () => {
    await page.goto(`${inject('baseURL')}?who=nobody&event=no-such-event&q=%20%20`);
    await expect.poll(() => page.locator('.ignored').textContent()).toContain('who="nobody" names no one in this timeline');
    expect(await page.locator('.ignored').textContent()).toContain('event="no-such-event" is not an event of this timeline');
    // Nothing is filtered out: spaces alone are no filter either.
    await expect.poll(() => page.locator('.events time').count()).toBe(5);
    expect(param('who')).toBeNull();
  });

  test('the address holds the lanes: lanes= groups them on opening, and the Lanes menu rewrites it', async () => {
    const lanes = () => page.getByRole('combobox', { name: 'Lanes' });
    await page.goto(`${inject('baseURL')}?lanes=precision`);
    await expect.poll(() => lanes().inputValue()).toBe('precision');
    expect(await page.locator('.track-name').allTextContents()).toEqual(['Days', 'Weeks and months']);
    expect(param('lanes')).toBe('precision');
    await lanes().selectOption('participant');
    await expect.poll(() => param('lanes')).toBe('participant');
    await lanes().selectOption('none');
    await expect.poll(() => param('lanes')).toBeNull();
    // The bundled documents are one document: by document there would be one track, so none it is.
    await page.goto(`${inject('baseURL')}?lanes=document`);
    await expect.poll(() => lanes().inputValue()).toBe('none');
    await expect.poll(() => param('lanes')).toBeNull();
    await page.goto(`${inject('baseURL')}?lanes=diagonal`);
    await expect.poll(() => page.locator('.ignored').textContent()).toContain('lanes="diagonal" is not one of none, document, participant, precision');
  });

  test('a filter that matches nothing says so, rather than that the documents have no dates', async () => {
    await page.goto(`${inject('baseURL')}?q=zzzzzz`);
    await expect.poll(() => page.locator('.events p').first().textContent()).toBe('No event matches the filter; 5 are hidden.');
    // The chart keeps the axis of the whole timeline rather than an empty 1970.
    await expect.poll(() => surface().getAttribute('data-from')).toMatch(/^202[12]-/);
    await expect.poll(() => param('start')).toMatch(/^202[12]-/);
  });
});
