// The event list at scale: a windowed list of 5,000 events, with a roving focus moved by the keyboard.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { exportJson } from '../../src/lib/formats/index.ts';
import { syntheticTimeline } from '../../scripts/bench/syntheticTimeline.ts';

const timeline = syntheticTimeline(5_000, { seed: 3 });
const count = timeline.events.length;

let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/test-data/list.json', (route) => route.fulfill({ contentType: 'application/json', body: exportJson(timeline, { indent: 0 }) }));
  await page.goto(`${inject('baseURL')}?src=${encodeURIComponent('/test-data/list.json')}`);
  await page.getByRole('heading', { name: /Events in time order/ }).waitFor();
});

afterAll(async () => {
  await browser?.close();
});

const list = () => page.getByRole('list').filter({ has: page.locator('time') });
const focused = () => page.evaluate(() => {
  const button = document.activeElement;
  const row = button?.closest('li');
  if (!button || !row) return undefined;
  const scroller = row.closest('ol')!.parentElement!;
  const [a, b] = [row.getBoundingClientRect(), scroller.getBoundingClientRect()];
  return { position: Number(row.getAttribute('aria-posinset')), id: button.getAttribute('data-event-id'), inView: a.top >= b.top - 1 && a.bottom <= b.bottom + 1 };
});

describe('the windowed event list', () => {
  test('holds only a screenful of rows, each telling its place in the whole list, with its date and title', async () => {
    const rows = list().locator('li');
    expect(await rows.count()).toBeLessThan(60);
    expect(await rows.first().getAttribute('aria-setsize')).toBe(String(count));
    expect(await rows.first().getAttribute('aria-posinset')).toBe('1');
    const first = timeline.events[0]!;
    expect(await rows.first().locator('time').getAttribute('datetime')).toBe(first.value);
    expect(await rows.first().locator('.title').textContent()).toBe(first.title);
    // The list is as tall as all its rows, so the scroll bar tells where one is.
    const [height, row] = await list().evaluate((ol) => [ol.getBoundingClientRect().height, ol.querySelector('li')!.getBoundingClientRect().height]);
    expect(height).toBeCloseTo(count * row, -1);
    // One row is in the tab order (roving tabindex).
    expect(await list().locator('button[tabindex="0"]').count()).toBe(1);
  });

  test('↓ ↑ End Home PageDown PageUp move the focus, keep it in view; Enter selects', async () => {
    await list().locator('button[tabindex="0"]').focus();
    expect(await focused()).toMatchObject({ position: 1, inView: true });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toMatchObject({ position: 3, inView: true });
    await page.keyboard.press('ArrowUp');
    await expect.poll(focused).toMatchObject({ position: 2, inView: true });
    await page.keyboard.press('End');
    await expect.poll(focused).toMatchObject({ position: count, id: timeline.events.at(-1)!.id, inView: true });
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toMatchObject({ position: count });
    await page.keyboard.press('PageUp');
    const up = (await focused())!;
    expect(up.position).toBeLessThan(count - 3);
    expect(up.inView).toBe(true);
    await page.keyboard.press('PageDown');
    await expect.poll(focused).toMatchObject({ position: count, inView: true });
    await page.keyboard.press('Home');
    await expect.poll(focused).toMatchObject({ position: 1, inView: true });
    for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
    const deep = (await focused())!;
    expect(deep.position).toBeGreaterThan(20);
    expect(deep.inView).toBe(true);
    expect(await list().locator('button[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => list().locator(`[data-event-id="${deep.id}"]`).getAttribute('aria-pressed')).toBe('true');
    const event = timeline.events[deep.position - 1]!;
    await expect.poll(() => page.locator('mark').textContent()).toContain(event.title.toLowerCase().slice(1, 20));
  });

  test('the focused row stays in the DOM, and in the tab order, when the list is scrolled far away', async () => {
    const id = (await focused())!.id;
    await list().evaluate((ol) => (ol.parentElement!.scrollTop = ol.scrollHeight));
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe(id);
    expect(await list().locator('button[tabindex="0"]').getAttribute('data-event-id')).toBe(id);
  });

  test('an event chosen on the chart is scrolled into view in the list and takes the keyboard', async () => {
    await list().evaluate((ol) => (ol.parentElement!.scrollTop = 0));
    const chart = page.getByRole('group', { name: /Timeline chart/ });
    await chart.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('[');
    const target = page.locator('.hit-targets button:focus');
    await expect.poll(() => target.count()).toBe(1);
    const id = (await target.getAttribute('data-event-id'))!;
    await page.keyboard.press('Enter');
    const row = list().locator(`[data-event-id="${id}"]`);
    await expect.poll(() => row.getAttribute('aria-pressed')).toBe('true');
    expect(await row.getAttribute('tabindex')).toBe('0');
    const inView = await row.evaluate((b) => {
      const [a, s] = [b.getBoundingClientRect(), b.closest('ol')!.parentElement!.getBoundingClientRect()];
      return a.top >= s.top - 1 && a.bottom <= s.bottom + 1;
    });
    expect(inView).toBe(true);
  });

  test('the page has no script errors', () => {
    expect(errors).toEqual([]);
  });
});
