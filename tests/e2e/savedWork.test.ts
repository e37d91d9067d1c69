/**
 * Work done in the page survives a reload, in the built app: a pasted document and a corrected title come back with
 * a notice, and Discard changes goes back to the bundled documents for good. One page (one browser context)
 * throughout, so that IndexedDB persists across the reloads.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { collectErrors, launchBrowser } from './browser.ts';

let browser: Browser;
let page: Page;
let errors: string[] = [];
let seedDates: (string | null)[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  // A context of its own, not `browser.newPage`'s: the test of two tabs opens a second page in it.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  errors = collectErrors(page);
  await page.goto(inject('baseURL'));
  await ready();
  seedDates = await listed();
});

afterAll(async () => {
  await browser?.close();
});

const list = () => page.getByRole('list', { name: /Events in time order/ });
const listed = () => list().locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
const notice = () => page.locator('.saved-work[role="status"]');
const noticeText = async () => (await notice().textContent())!.replace(/\s+/g, ' ').trim();
const addDialog = () => page.getByRole('dialog', { name: 'Add documents' });
const editDialog = () => page.getByRole('dialog', { name: 'Edit event' });
const ready = () => page.getByRole('heading', { name: /Events in time order/ }).waitFor();

/** The JSON saved in the browser for the bundled seeds, or null: what a reload will find. */
const savedJson = () =>
  page.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('passage-timeline', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('saved-work', { keyPath: 'base' });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('saved-work').objectStore('saved-work').get('seeds');
          // The page stores the file as a Blob, put together from pieces written between pauses.
          get.onsuccess = () => {
            open.result.close();
            const json = (get.result as { json?: Blob } | undefined)?.json;
            if (json === undefined) return resolve(null);
            if (!(json instanceof Blob)) return reject(new Error(`saved as ${typeof json}, not as a Blob`));
            json.text().then(resolve, reject);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );

async function reload() {
  await page.reload();
  await ready();
}

/** Renames the March 2022 event in the editor to `title`; resolves once the editor has closed. */
async function renameMarchEvent(title: string) {
  const row = list().getByRole('button').filter({ has: page.locator('time[datetime="2022-03"]') });
  await row.click();
  await page.getByRole('button', { name: 'Edit event…' }).click();
  await editDialog().getByLabel('Title').fill(title);
  await editDialog().getByRole('button', { name: 'Save' }).click();
  await editDialog().waitFor({ state: 'hidden' });
}

describe('work kept in the browser', () => {
  test('a pasted document is still there after a reload, with a notice saying it was restored', async () => {
    expect(await noticeText()).toBe('');
    await page.getByRole('button', { name: 'Add documents…' }).click();
    await addDialog().getByLabel('Text', { exact: true }).fill('The lighthouse reopened to visitors on Saturday.');
    await addDialog().getByLabel('Title (optional)').fill('Lighthouse notes');
    await addDialog().getByLabel('Document date (optional)').fill('2023-07-03');
    await addDialog().getByRole('button', { name: 'Add text' }).click();
    await expect.poll(() => addDialog().getByRole('status').textContent(), { timeout: 20_000 }).toContain('Added “Lighthouse notes”');
    await addDialog().getByRole('button', { name: 'Close' }).click();
    await expect.poll(savedJson).toContain('Lighthouse notes');

    await reload();
    expect(await listed()).toContain('2023-07-01');
    expect(await list().getByRole('button').filter({ hasText: 'lighthouse' }).count()).toBe(1);
    expect(await noticeText()).toMatch(/^Restored your changes from \d{1,2} [A-Z][a-z]{2}, \d\d:\d\d: 1 document added\. Discard changes$/);
  });

  test('a corrected title is still there after a reload, and counted in the notice', async () => {
    const id = (await list().getByRole('button').filter({ has: page.locator('time[datetime="2022-03"]') }).getAttribute('data-event-id'))!;
    await renameMarchEvent('Talks in Istanbul, renamed');
    await expect.poll(savedJson).toContain('Talks in Istanbul, renamed');

    await reload();
    const same = list().locator(`button[data-event-id="${id}"]`);
    expect(await same.locator('.title').textContent()).toBe('Talks in Istanbul, renamed');
    expect(await noticeText()).toContain(': 1 document added, 1 event corrected.');
  });

  test('a change followed at once by a reload is kept: the pending save is written as the page goes', async () => {
    await renameMarchEvent('Talks in Istanbul, renamed again');

    await reload();
    expect(await list().getByText('Talks in Istanbul, renamed again').count()).toBe(1);
    expect(await noticeText()).toContain(': 1 document added, 1 event corrected.');
  });

  test('Discard changes brings back the bundled documents alone, says so, and a reload stays that way', async () => {
    await notice().getByRole('button', { name: 'Discard changes' }).click();
    await expect.poll(listed).toEqual(seedDates);
    expect(await noticeText()).toBe('Changes discarded: the timeline is as it was loaded.');
    expect(await list().getByText(/Talks in Istanbul, renamed/).count()).toBe(0);
    await expect.poll(savedJson).toBeNull();

    await reload();
    expect(await listed()).toEqual(seedDates);
    expect(await noticeText()).toBe('');
    expect(await page.locator('header p').first().innerText()).toContain('from 1 document');
  });

  test('a correction undone is no change: nothing is kept, and a reload restores nothing', async () => {
    await renameMarchEvent('Talks in Istanbul, for a moment');
    await expect.poll(savedJson).toContain('Talks in Istanbul, for a moment');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(savedJson).toBeNull();

    await reload();
    expect(await listed()).toEqual(seedDates);
    expect(await noticeText()).toBe('');
  });

  test('two tabs show each other\'s changes instead of overwriting them unseen', async () => {
    const second = await page.context().newPage();
    const secondErrors = collectErrors(second);
    await second.goto(inject('baseURL'));
    await second.getByRole('heading', { name: /Events in time order/ }).waitFor();
    const titlesIn = (tab: Page) => tab.getByRole('list', { name: /Events in time order/ }).locator('.title').allTextContents();
    const noticeIn = async (tab: Page) => (await tab.locator('.saved-work[role="status"]').textContent())!.replace(/\s+/g, ' ').trim();

    await renameMarchEvent('Renamed in the first tab');
    await expect.poll(() => titlesIn(second)).toContain('Renamed in the first tab');
    expect(await noticeIn(second)).toBe('Updated with changes made in another tab.');

    // A change in the second tab reaches the first, with the first tab's own change still in it.
    const row = second.getByRole('list', { name: /Events in time order/ }).getByRole('button').filter({ has: second.locator('time[datetime="2022-10"]') });
    await row.click();
    await second.getByRole('button', { name: 'Edit event…' }).click();
    const editor = second.getByRole('dialog', { name: 'Edit event' });
    await editor.getByLabel('Title').fill('Renamed in the second tab');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => titlesIn(page)).toContain('Renamed in the second tab');
    expect(await titlesIn(page)).toContain('Renamed in the first tab');
    expect(await noticeText()).toBe('Updated with changes made in another tab.');

    // Undo in the second tab takes its rename back in both.
    await second.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => titlesIn(page)).not.toContain('Renamed in the second tab');
    expect(await titlesIn(page)).toContain('Renamed in the first tab');
    await expect.poll(savedJson).not.toContain('Renamed in the second tab');

    // A presentation in the second tab goes on at its step when the first tab's change comes in. Opened from the
    // address, without a gesture, so not in full screen: a tab in full screen leaves it (and its presentation) when
    // another tab is used.
    await second.goto(`${inject('baseURL')}?present=1&step=2`);
    const stepIn = () => second.getByTestId('present-progress').textContent();
    await expect.poll(stepIn).toContain('Step 2 /');
    // The step shows the October 2022 event; the first tab renames it.
    await list().getByRole('button').filter({ has: page.locator('time[datetime="2022-10"]') }).click();
    await page.getByRole('button', { name: 'Edit event…' }).click();
    await editDialog().getByLabel('Title').fill('Renamed while the other tab presents');
    await editDialog().getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => second.locator('.presenter').textContent()).toContain('Renamed while the other tab presents');
    expect(await stepIn()).toContain('Step 2 /');
    expect(secondErrors).toEqual([]);
    await second.close();
  }, 60_000);

  test('the page ran without script errors', () => {
    expect(errors).toEqual([]);
  });
});
