// Presenter mode in the built app: ?present=1 opens it, the clicker and arrow keys step through the story, each
// step shows its event's quote and citation, the progress is announced, and Esc leaves.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', acceptDownloads: true });
});

afterAll(async () => {
  await browser?.close();
});

const progress = () => page.getByTestId('present-progress').textContent().then((t) => t?.replace(/\s+/g, ' ').trim());
const quote = () => page.locator('.presenter blockquote p').textContent();

describe('presenter mode', () => {
  test('?present=1 opens the story saved in the file at its first step, with its note and citation', async () => {
    await page.goto(`${inject('baseURL')}?src=example-timeline.json&present=1`);
    await expect.poll(progress).toBe('Step 1 / 5');
    expect(await quote()).toContain('rare phone call Wednesday');
    expect(await page.locator('.presenter .note').textContent()).toContain('first call between the two defence ministers');
    expect(await page.locator('.presenter cite').textContent()).toBeTruthy();
    expect(await page.locator('.presenter [aria-live="polite"]').count()).toBe(1);
    expect(await page.getByRole('dialog').getAttribute('aria-labelledby')).toBeTruthy();
  });

  test('→, Space and PageDown go forward; ← and PageUp go back; the quote follows the step', async () => {
    await page.keyboard.press('ArrowRight');
    await expect.poll(progress).toBe('Step 2 / 5');
    expect(await quote()).toContain('since October 2022');
    await page.keyboard.press(' ');
    await page.keyboard.press('PageDown');
    await expect.poll(progress).toBe('Step 4 / 5');
    expect(await quote()).toContain('Macron');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(progress).toBe('Step 3 / 5');
    await page.keyboard.press('PageUp');
    await expect.poll(progress).toBe('Step 2 / 5');
  });

  test('each step brings its event into the chart, and the address holds the step', async () => {
    const from = Date.parse((await page.locator('.presenter .surface').getAttribute('data-from'))!);
    const to = Date.parse((await page.locator('.presenter .surface').getAttribute('data-to'))!);
    expect(from).toBeLessThanOrEqual(Date.UTC(2022, 9, 1));
    expect(to).toBeGreaterThanOrEqual(Date.UTC(2022, 10, 1));
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('2');
  });

  test('End and Home jump to the last and first step; the bar shows the progress', async () => {
    await page.keyboard.press('End');
    await expect.poll(progress).toBe('Step 5 / 5');
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('5');
    await page.keyboard.press('Home');
    await expect.poll(progress).toBe('Step 1 / 5');
  });

  test('Esc leaves the presentation and the list and source come back', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.presenter').count()).toBe(0);
    expect(await page.getByRole('heading', { name: /Events in time order/ }).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('present')).toBeNull();
  });

  test('the story editor orders the steps and adds notes; the presenter follows it and the file saves it', async () => {
    await page.goto(`${inject('baseURL')}?src=example-timeline.json`);
    await page.getByRole('button', { name: 'Story…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Story for the presenter' });
    await dialog.getByRole('button', { name: 'Move step 2 up' }).click();
    await dialog.getByRole('button', { name: 'Remove step 5' }).click();
    const note = dialog.getByRole('textbox', { name: 'Note' }).first();
    await note.fill('Start with the last contact.');
    await note.press('Tab');
    await page.keyboard.press('Escape');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download timeline' }).click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    const saved = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    expect(saved.story.steps).toHaveLength(4);
    expect(saved.story.steps[0]).toEqual({ eventId: 'russia-france-defence-call-2024-04-04:787', note: 'Start with the last contact.' });
    await page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(progress).toBe('Step 1 / 4');
    expect(await quote()).toContain('since October 2022');
    expect(await page.locator('.presenter .note').textContent()).toBe('Start with the last contact.');
    await page.keyboard.press('Escape');
  });

  test('the Present button starts at the first step of all events in time order when there is no story', async () => {
    await page.goto(inject('baseURL'));
    await page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(progress).toBe('Step 1 / 5');
    expect(await page.locator('.presenter time').first().getAttribute('datetime')).toBe('2022-03');
  });
});
