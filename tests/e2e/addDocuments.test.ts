import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { settledRange, useSeedPage } from './browser.ts';

let page: Page;
let errors: string[] = [];
const session = useSeedPage();
beforeAll(() => void ({ page, errors } = session));

const list = () => page.getByRole('list').filter({ has: page.locator('time') });
const dialog = () => page.getByRole('dialog', { name: 'Add documents' });
const status = () => dialog().getByRole('status');
const statusText = async () => (await status().textContent())?.trim();
const listed = () => list().locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));

async function openDialog() {
  await page.getByRole('button', { name: 'Add documents…' }).click();
  await dialog().waitFor();
}

async function closeDialog() {
  await dialog().getByRole('button', { name: 'Close' }).click();
  await dialog().waitFor({ state: 'hidden' });
}

describe('adding documents in the page', () => {
  test('a chosen file is read in the page: its event joins the list, the view stays, and its passage is shown', async () => {
    const before = await listed();
    const range = () => ['start', 'end'].map((p) => new URL(page.url()).searchParams.get(p));
    await expect.poll(() => range()[0]).not.toBeNull();
    const fitted = range();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(range).not.toEqual(fitted);
    const zoomed = await settledRange(page);
    await openDialog();
    const text = 'date 2024-04-04\nOn Wednesday the city council met to approve the new budget.';
    await dialog().getByLabel('Choose documents').setInputFiles({ name: 'council.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await expect.poll(statusText, { timeout: 20_000 }).toContain('Added “council.txt” with 1 dated event.');
    await closeDialog();
    // The dialog's button was drawn afresh with the new timeline: focus comes back to it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Add documents…');

    await expect.poll(listed).toEqual([...before, '2024-04-03'].sort());
    // The new chart moves to the range the old one showed (animated, as a range from the address is).
    await expect.poll(range).toEqual(zoomed);
    expect(await page.locator('header p').first().innerText()).toContain('from 2 documents');
    await list().getByRole('button').filter({ hasText: 'council met' }).click();
    const mark = page.locator('mark');
    await expect.poll(() => mark.textContent()).toBe('On Wednesday the city council met to approve the new budget.');
    expect(await mark.locator('.timex').textContent()).toBe('Wednesday');
    expect(await page.getByRole('heading', { name: 'council.txt' }).count()).toBe(1);
  });

  test('pasted text with a title and a date is added, and shown as text, not as HTML', async () => {
    await openDialog();
    await dialog().getByLabel('Text', { exact: true }).fill('The <b>harbour</b> festival opened on Saturday.');
    await dialog().getByLabel('Title (optional)').fill('Harbour notes');
    await dialog().getByLabel('Document date (optional)').fill('2023-07-03');
    await dialog().getByRole('button', { name: 'Add text' }).click();
    await expect.poll(statusText, { timeout: 20_000 }).toContain('Added “Harbour notes” with 1 dated event.');
    expect(await dialog().getByLabel('Text', { exact: true }).inputValue()).toBe('');
    await closeDialog();
    const row = list().getByRole('button').filter({ has: page.locator('time[datetime="2023-07-01"]') });
    await row.click();
    await expect.poll(() => page.locator('mark').textContent()).toBe('The <b>harbour</b> festival opened on Saturday.');
    expect(await page.locator('mark b').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Harbour notes' }).count()).toBe(1);
  });

  test('files without a date line are dated by the byline at their head, or else by their file name', async () => {
    await openDialog();
    const byline = 'Ferry crews strike\nBy Ana Ruiz | May 17, 2024\n\nFerry crews walked out on Thursday over pay.';
    const named = 'Tram drivers walked out on Tuesday over rosters.';
    await dialog().getByLabel('Choose documents').setInputFiles([
      { name: 'ferry.txt', mimeType: 'text/plain', buffer: Buffer.from(byline) },
      { name: 'tram-strike-2024-06-14.txt', mimeType: 'text/plain', buffer: Buffer.from(named) },
    ]);
    await expect.poll(statusText, { timeout: 20_000 }).toContain('with 2 dated events');
    await closeDialog();
    // Thursday before Friday 17 May; Tuesday before Friday 14 June.
    for (const [day, name] of [['2024-05-16', 'ferry.txt'], ['2024-06-11', 'tram-strike-2024-06-14.txt']] as const) {
      await list().getByRole('button').filter({ has: page.locator(`time[datetime="${day}"]`) }).click();
      await expect.poll(() => page.getByRole('heading', { name }).count()).toBe(1);
    }
    expect(await page.locator('.source time').first().getAttribute('datetime')).toBe('2024-06-14');
  });

  test('a binary file is named with its problem, and the good file chosen with it is still added', async () => {
    const count = (await listed()).length;
    await openDialog();
    // Every text the status shows, however briefly: the progress comes before the result.
    await status().evaluate((el) => {
      const seen: string[] = ((window as unknown as { statuses: string[] }).statuses = []);
      new MutationObserver(() => seen.push(el.textContent!.trim())).observe(el, { subtree: true, childList: true, characterData: true });
    });
    await dialog().getByLabel('Choose documents').setInputFiles([
      { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]) },
      { name: 'bridge.md', mimeType: 'text/markdown', buffer: Buffer.from('# Bridge\n\nThe bridge reopened on 7 June 2021.') },
    ]);
    await expect.poll(statusText, { timeout: 20_000 }).toContain('Added “Bridge” with 1 dated event. 1 file could not be read:');
    expect(await status().getByRole('listitem').allTextContents()).toEqual([
      'photo.jpg: the file looks binary (a NUL byte at offset 4); documents are UTF-8 text, web pages, or Word, OpenDocument, PDF or e-mail files',
    ]);
    expect(await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses[0])).toBe('Reading 2 documents…');
    await closeDialog();
    expect(await page.getByRole('alert').textContent()).toContain('photo.jpg: the file looks binary');
    await expect.poll(async () => (await listed()).length).toBe(count + 1);
  });

  test('a file dropped on the zone is added like a chosen one', async () => {
    await openDialog();
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['date 2019-11-20\nThe museum reopened on Monday.'], 'museum.txt', { type: 'text/plain' }));
      return transfer;
    });
    await dialog().getByText('Choose documents').dispatchEvent('drop', { dataTransfer });
    await expect.poll(statusText, { timeout: 20_000 }).toBe('Added “museum.txt” with 1 dated event.');
    await closeDialog();
    await expect.poll(listed).toContain('2019-11-18');
  });

  test('a document already on the timeline is named and not added again', async () => {
    const before = await listed();
    await openDialog();
    const text = 'date 2019-11-20\nThe museum reopened on Monday.';
    await dialog().getByLabel('Choose documents').setInputFiles({ name: 'museum-copy.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await expect.poll(statusText, { timeout: 20_000 }).toContain('Nothing was added; 1 file was already on the timeline:');
    expect(await status().getByRole('listitem').allTextContents()).toEqual([
      'museum-copy.txt: the same text and date as “museum.txt”, already on the timeline; not added again',
    ]);
    await closeDialog();
    expect(await listed()).toEqual(before);
    expect(await page.getByRole('alert').textContent()).not.toContain('museum-copy.txt');
  });

  test('a document that reports an event already on the timeline joins it: one event, its passages from both documents', async () => {
    const before = await listed();
    await openDialog();
    await dialog().getByLabel('Text', { exact: true }).fill(
      'Russian Defence Minister Sergei Shoigu warned French Defence Minister Sébastien Lecornu against sending troops to ' +
        'Ukraine in a phone call on Wednesday. The town council approved its budget on Tuesday.',
    );
    await dialog().getByLabel('Title (optional)').fill('Wire report');
    await dialog().getByLabel('Document date (optional)').fill('2024-04-04');
    await dialog().getByRole('button', { name: 'Add text' }).click();
    await expect.poll(statusText, { timeout: 20_000 }).toBe('Added “Wire report” with 2 dated events (1 joined an event already on the timeline).');
    await closeDialog();
    await expect.poll(listed).toEqual([...before, '2024-04-02'].sort());
    await list().locator('[data-event-id="russia-france-defence-call-2024-04-04:121"]').click();
    const sources = page.getByRole('group', { name: 'Sources of this event' }).getByRole('button');
    await expect.poll(() => sources.allTextContents()).toContain('Wire report');
    await sources.filter({ hasText: 'Wire report' }).click();
    await expect.poll(() => page.locator('mark').textContent()).toContain('Russian Defence Minister Sergei Shoigu warned');
    expect(await page.locator('mark .timex').textContent()).toBe('Wednesday');
  });

  test('a long reading shows its progress and can be stopped; nothing of it is added, and the next reading works', async () => {
    const before = await listed();
    await openDialog();
    const months = ['January', 'March', 'May', 'July', 'September', 'November'];
    const sentences = Array.from({ length: 8000 }, (_, i) => `On ${(i % 28) + 1} ${months[i % 6]} ${1000 + Math.floor(i / 6)} the guild met again.`);
    await dialog().getByLabel('Choose documents').setInputFiles({ name: 'annals.txt', mimeType: 'text/plain', buffer: Buffer.from(sentences.join(' ')) });
    const bar = dialog().getByRole('progressbar', { name: 'Reading progress' });
    await expect.poll(() => dialog().locator('.reading').textContent(), { timeout: 30_000 }).toContain('Reading annals.txt: 0 of 8,000 sentences');
    expect(await bar.getAttribute('max')).toBe('8000');
    await dialog().getByRole('button', { name: 'Stop reading' }).click();
    await expect.poll(statusText).toBe('Reading was stopped; nothing was added.');
    expect(await bar.count()).toBe(0);
    expect(await dialog().getByRole('button', { name: 'Stop reading' }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');
    expect(await listed()).toEqual(before);
    await dialog().getByLabel('Choose documents').setInputFiles({ name: 'fair.txt', mimeType: 'text/plain', buffer: Buffer.from('date 2022-09-01\nThe fair opened on Monday.') });
    await expect.poll(statusText, { timeout: 20_000 }).toBe('Added “fair.txt” with 1 dated event.');
    await closeDialog();
    await expect.poll(listed).toContain('2022-08-29');
  });

  test('an exported JSON file replaces the timeline', async () => {
    await openDialog();
    await dialog().getByLabel('Choose a timeline file').setInputFiles(join(import.meta.dirname, 'fixtures/harbour-timeline.json'));
    await expect.poll(statusText, { timeout: 20_000 }).toBe('Opened harbour-timeline.json: 3 dated events from 1 document.');
    await closeDialog();
    await expect.poll(listed).toEqual(['1996-06', '1998-06-09', '1998-08']);
    expect(await page.locator('header p').first().innerText()).toContain('3 dated events from 1 document');
    expect(await page.getByRole('alert').count()).toBe(0);
    await list().getByRole('button').filter({ has: page.locator('time[datetime="1996-06"]') }).click();
    await expect.poll(() => page.locator('mark .timex').textContent()).toBe('June 1996');
  });

  test('a file that is not a timeline gives the importer\'s message, and the timeline stays', async () => {
    await openDialog();
    await dialog().getByLabel('Choose a timeline file').setInputFiles({ name: 'rows.csv', mimeType: 'text/csv', buffer: Buffer.from('name,when\nx,y\n') });
    await expect.poll(statusText, { timeout: 20_000 }).toContain('rows.csv could not be opened as a timeline:');
    expect(await status().getByRole('listitem').allTextContents()).toEqual(['row 1: the header has no column "title", no column "quote", no column "value" or "start"; a TimelineJS3 spreadsheet has "Year" and "Headline" columns instead']);
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden' });
    expect(await listed()).toEqual(['1996-06', '1998-06-09', '1998-08']);
  });

  test('a TimelineJS3 spreadsheet saved as CSV opens as a timeline', async () => {
    const sheet = [
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Type,Group',
      ',,,,,,,,,Harbour history,<p>From the charter to the bridge.</p>,,title,',
      '1952,6,14,,,,,,,Great flood,"<blockquote>The river rose <mark>on 14 June 1952</mark>.</blockquote>",,,Weather',
      '2024,4,3,2:30 PM,,,,,,Bridge reopens,Traffic returned.,,,',
    ].join('\n');
    await openDialog();
    await dialog().getByLabel('Choose a timeline file').setInputFiles({ name: 'harbour-sheet.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet) });
    await expect.poll(statusText, { timeout: 20_000 }).toBe('Opened harbour-sheet.csv: 2 dated events from 2 documents.');
    await closeDialog();
    await expect.poll(listed).toEqual(['1952-06-14', '2024-04-03T14:30']);
    await list().getByRole('button').filter({ hasText: 'Great flood' }).click();
    await expect.poll(() => page.locator('mark .timex').textContent()).toBe('on 14 June 1952');
  });

  test('the same spreadsheet downloaded as an Excel workbook opens too', async () => {
    await openDialog();
    await dialog().getByLabel('Choose a timeline file').setInputFiles(join(import.meta.dirname, '../formats/fixtures/harbour-sheet.xlsx'));
    await expect.poll(statusText, { timeout: 20_000 }).toBe('Opened harbour-sheet.xlsx: 3 dated events from 2 documents.');
    await closeDialog();
    await expect.poll(listed).toEqual(['189', '1952-06-14', '2024-04-03T14:30']);
  });

  /**
   * Adds a fixture file of tests/documents/fixtures, checks the status names its headline, selects the event whose
   * title has `titled`, waits for `passage` to be highlighted, and gives the row's date and the marked expression.
   */
  async function addFixture(file: string, headline: string, titled: string, passage: string) {
    await openDialog();
    await dialog().getByLabel('Choose documents').setInputFiles(join(import.meta.dirname, '../documents/fixtures', file));
    await expect.poll(statusText, { timeout: 30_000 }).toMatch(new RegExp(`^Added “${headline}” with \\d+ dated events\\.$`));
    await closeDialog();
    const row = list().getByRole('button').filter({ hasText: titled });
    await row.click();
    const mark = page.locator('mark');
    await expect.poll(() => mark.textContent()).toBe(passage);
    return { date: await row.locator('time').getAttribute('datetime'), timex: await mark.locator('.timex').textContent() };
  }

  test('a Word document is read for its text, its headline and its date; the passage shows as plain text', async () => {
    // "Wednesday" counts from the day the document was created (Thursday 4 April 2024).
    const passage = 'The harbour bridge reopened to traffic on Wednesday, three weeks after a barge struck one of its piers.';
    expect(await addFixture('bridge.docx', 'Harbour bridge reopens after repairs', 'Harbour bridge reopened', passage)).toEqual({ date: '2024-04-03', timex: 'Wednesday' });
    expect(await page.getByRole('heading', { name: 'Harbour bridge reopens after repairs' }).count()).toBe(1);
  });

  test('a PDF is read in the page: its paragraphs, its title and its creation day', async () => {
    // Two printed lines, joined again into the sentence.
    const passage = 'The ferry sailed again on Monday, after a storm on 28 March damaged the pier.';
    expect(await addFixture('ferry.pdf', 'Ferry service resumes after storm', 'Ferry sailed again', passage)).toEqual({ date: '2024-04-01', timex: 'Monday' });
  });

  test('a correction made while a document is being read stays when the document joins the timeline', async () => {
    // A page of its own, whose document reader (fetched on the first add) arrives three seconds late.
    const slow = await page.context().browser()!.newPage();
    await slow.route(/documentReader\.worker.*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await route.continue();
    });
    await slow.goto(page.url().split('?')[0]!);
    const rows = slow.getByRole('list').filter({ has: slow.locator('time') }).getByRole('button');
    await rows.first().waitFor();
    await slow.getByRole('button', { name: 'Add documents…' }).click();
    const add = slow.getByRole('dialog', { name: 'Add documents' });
    await add.getByLabel('Choose documents').setInputFiles({ name: 'ferry.txt', mimeType: 'text/plain', buffer: Buffer.from('date 2024-04-04\nThe ferry service resumed on Tuesday.') });
    await add.getByRole('button', { name: 'Close' }).click();

    await rows.filter({ has: slow.locator('time[datetime="2022-03"]') }).click();
    await slow.getByRole('button', { name: 'Edit event…' }).click();
    const edit = slow.getByRole('dialog', { name: 'Edit event' });
    await edit.getByLabel('Title').fill('Istanbul talks, corrected while reading');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => rows.filter({ hasText: 'corrected while reading' }).count()).toBe(1);
    // Still reading: the document has not joined yet.
    expect(await rows.filter({ hasText: 'ferry' }).count()).toBe(0);

    await expect.poll(() => rows.filter({ hasText: 'ferry' }).count(), { timeout: 20_000 }).toBe(1);
    expect(await rows.filter({ hasText: 'corrected while reading' }).count()).toBe(1);
    await slow.close();
  });

  test('the page has no script errors', () => {
    expect(errors).toEqual([]);
  });
});
