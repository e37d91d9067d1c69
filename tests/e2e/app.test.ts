import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { tabThrough, useSeedPage } from './browser.ts';

let page: Page;
let errors: string[] = [];
const session = useSeedPage();
beforeAll(() => void ({ page, errors } = session));

const list = () => page.getByRole('list').filter({ has: page.locator('time') });

describe('the built app on the seed article', () => {
  test('lists the five dates of the seed in time order, each in a <time datetime>', async () => {
    const values = await list().locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
    for (const value of ['2024-04-03', '2024-02', '2022-10', '2022-03', '2024-03-22']) expect(values).toContain(value);
    const order = ['2022-03', '2022-10', '2024-02', '2024-03-22', '2024-04-03'].map((v) => values.indexOf(v));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test('selecting the 2024-03-22 event in the list highlights its passage in the source', async () => {
    await list().getByRole('button').filter({ has: page.locator('time[datetime="2024-03-22"]') }).click();
    const mark = page.locator('mark');
    await expect.poll(() => mark.count()).toBe(1);
    expect(await mark.textContent()).toContain('March 22');
    expect(await mark.locator('.timex').textContent()).toBe('March 22');
    const pressed = page.locator('.hit-targets [aria-pressed="true"]');
    expect(await pressed.count()).toBe(1);
    // A screen reader hears the passage, not the whole document: only the announcement is live, and the text can be
    // reached with the keyboard to be read and scrolled.
    const live = page.locator('section.source').locator('xpath=preceding-sibling::*[@aria-live="polite"][1]');
    expect(await live.textContent()).toContain(`. ${(await mark.textContent())!.trim()}`);
    expect(await page.locator('section.source').getAttribute('aria-live')).toBeNull();
    expect(await page.getByRole('region', { name: /^Text of / }).getAttribute('tabindex')).toBe('0');
  });

  test('clicking a mark on the chart selects its event in the list and moves the highlight', async () => {
    const id = await list().getByRole('button').filter({ has: page.locator('time[datetime="2022-10"]') }).getAttribute('data-event-id');
    await page.locator(`.hit-targets [data-event-id="${id}"]`).click();
    await expect.poll(() => page.locator('mark').textContent()).toContain('October 2022');
    expect(await list().locator(`[data-event-id="${id}"]`).getAttribute('aria-pressed')).toBe('true');
  });

  test('Enter on a focused mark selects it, and the month event is drawn as a span', async () => {
    const button = list().getByRole('button').filter({ has: page.locator('time[datetime="2024-02"]') });
    const id = await button.getAttribute('data-event-id');
    const mark = page.locator(`.hit-targets [data-event-id="${id}"]`);
    await mark.focus();
    await expect.poll(() => page.getByRole('tooltip').textContent()).toContain('February 2024');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('mark .timex').textContent()).toBe('February');
    // A month is about 29 days: at the default zoom it is drawn as a span, wider than a point mark.
    expect(await mark.getAttribute('data-shape')).toBe('span');
    const width = Number(await mark.getAttribute('data-mark-width'));
    expect(width).toBeGreaterThan(12);
  });

  test('keys, wheel and the Fit button zoom the chart; axis ticks go from years to days and hours', async () => {
    const ticks = () => page.locator('.axis .tick .text').allTextContents();
    await page.getByRole('button', { name: 'Show all events' }).click();
    // Fitted to the seed's two years: year and month ticks.
    await expect.poll(async () => (await ticks()).some((t) => /^\d{4}$/.test(t))).toBe(true);
    const fitted = await ticks();
    const chart = page.getByRole('group', { name: /Timeline chart/ });
    await chart.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('+');
    // About seven weeks across: day-and-month ticks (a month's first day reads as the month), no year.
    await expect
      .poll(async () => (await ticks()).every((t) => /^(\d{1,2} )?[A-Z][a-z]{2}$/.test(t)) && (await ticks()).length > 3)
      .toBe(true);
    await page.waitForTimeout(400); // let the 250 ms key animation finish: a wheel would interrupt it mid-way
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -500);
    // About three days across: hour ticks between the days.
    await expect.poll(async () => (await ticks()).some((t) => /^\d{2}:00$/.test(t))).toBe(true);
    await page.keyboard.press('Home');
    await expect.poll(ticks, { timeout: 3000 }).toEqual(fitted);
  });

  test('the Who menu keeps the events that name a participant, and says so in the address', async () => {
    const who = page.getByRole('combobox', { name: 'Who' });
    const options = await who.locator('option').allTextContents();
    expect(options[0]).toBe('Anyone');
    // Russia is named by two of the seed's events, more than anyone else: it comes first.
    expect(options[1]).toBe('Russia (2)');
    expect(options).toContain('Emmanuel Macron (1)');
    const before = await list().getByRole('button').count();
    await who.selectOption({ label: 'Emmanuel Macron (1)' });
    await expect.poll(() => list().getByRole('button').count()).toBe(1);
    expect(await list().getByRole('button').textContent()).toMatch(/Macron/);
    await expect.poll(() => new URL(page.url()).searchParams.get('who')).toBe('person-emmanuel-macron');
    await who.selectOption({ label: 'Anyone' });
    await expect.poll(() => list().getByRole('button').count()).toBe(before);
    expect(new URL(page.url()).searchParams.get('who')).toBeNull();
  });

  test('the keyboard stays on an event of the chart while zooming re-draws and re-orders the marks', async () => {
    await page.goto(page.url().split('?')[0]!);
    await list().getByRole('button').first().waitFor();
    const active = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label')?.slice(0, 30) ?? document.activeElement?.tagName);
    await page.locator('.surface').focus();
    await page.keyboard.press(']');
    await page.keyboard.press(']');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.keyboard.press(']');
    await expect.poll(active).toMatch(/^Draft document/);
    for (const key of ['+', 'Home', '+', '-', 'Home']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(600);
      expect(await active()).toMatch(/^Draft document/);
    }
  });

  test('the tooltip of every event stays inside the chart, over the mark where there is no room under it', async () => {
    await page.goto(page.url().split('?')[0]!);
    await list().getByRole('button').first().waitFor();
    await page.locator('.surface').focus();
    const chart = (await page.locator('.surface').boundingBox())!;
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press(']');
      const tip = page.getByRole('tooltip');
      await tip.waitFor();
      const box = (await tip.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(chart.y - 0.5);
      expect(box.y + box.height).toBeLessThanOrEqual(chart.y + chart.height + 0.5);
    }
  });

  test('every control the Tab key reaches shows the same focus ring', async () => {
    await page.goto(page.url());
    const stops = await tabThrough(page, 30);
    expect(stops.filter((s) => s.name !== 'body').length).toBeGreaterThan(20);
    expect(stops.filter((s) => s.name !== 'body' && s.ring !== 'solid 3px')).toEqual([]);
  });

  test('the page has no script errors', () => {
    expect(errors).toEqual([]);
  });
});
