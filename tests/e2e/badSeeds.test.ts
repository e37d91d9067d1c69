import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(inject('badSeedsURL'));
  await page.getByRole('heading', { name: /Events in time order/ }).waitFor();
});

afterAll(async () => {
  await browser?.close();
});

const expected = [
  'bad-date.txt: the first line "date 2021-02-30" has no valid date',
  'empty.txt: the file is empty',
  'latin1.txt: the file is not valid UTF-8 (first bad byte at offset 3)',
];

test('the build output names each bad file and says what is wrong with it', () => {
  const log = inject('badSeedsBuildLog');
  for (const message of expected) expect(log).toContain(message);
});

test('the page names the bad files and still shows the good document', async () => {
  const alert = page.getByRole('alert');
  expect(await alert.textContent()).toContain('3 documents were left out');
  const items = await alert.getByRole('listitem').allTextContents();
  expect(items.map((t) => expected.some((m) => t.startsWith(m)))).toEqual([true, true, true]);
  expect(await page.locator('ol time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')))).toEqual(['2021-06-07']);
});
