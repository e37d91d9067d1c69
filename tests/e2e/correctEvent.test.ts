/**
 * Correcting what the extractor got wrong, in the built app on the seed article: a new date, a new title, an event
 * removed as not one and put back, each undone, with the view kept and the event still chosen.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { settledRange, useSeedPage } from './browser.ts';

let page: Page;
let errors: string[] = [];
const session = useSeedPage();
beforeAll(() => void ({ page, errors } = session));

const list = () => page.getByRole('list', { name: /Events in time order/ });
const listed = () => list().locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
const row = (id: string) => list().locator(`button[data-event-id="${id}"]`);
const dialog = () => page.getByRole('dialog', { name: 'Edit event' });
const status = () => page.locator('.correction[role="status"]');
const param = (name: string) => new URL(page.url()).searchParams.get(name);
const range = () => [param('start'), param('end')];
const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());

let id: string;
let title: string;

async function openEditor() {
  await page.getByRole('button', { name: 'Edit event…' }).click();
  await dialog().waitFor();
}

describe('correcting an event', () => {
  test('a new date moves the event in the list; it stays chosen, and the range and the filter stay', async () => {
    await page.getByLabel('Filter').fill('Ukraine');
    await expect.poll(() => param('q')).toBe('Ukraine');
    await expect.poll(() => range()[0]).not.toBeNull();
    const fitted = range();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(range).not.toEqual(fitted);
    const before = await settledRange(page);

    const march = list().getByRole('button').filter({ has: page.locator('time[datetime="2022-03"]') });
    id = (await march.getAttribute('data-event-id'))!;
    title = (await march.locator('.title').textContent())!;
    await march.click();
    // Chosen in the list while off screen (March 2022 is left of the zoomed view), the event is brought into view:
    // the range to keep is the one after that.
    await expect.poll(range).not.toEqual(before);
    const zoomed = await settledRange(page);
    await openEditor();
    const date = dialog().getByLabel('Date');
    // The editor opens in its Date field, not on the dialog's Close button.
    await expect.poll(() => date.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await date.inputValue()).toBe('2022-03');
    expect(await dialog().getByLabel('Title').inputValue()).toBe(title);
    await date.fill('2024-05');
    await expect.poll(() => dialog().locator('.preview').textContent()).toContain('May 2024');
    expect(await dialog().locator('.preview').evaluate((e) => e.parentElement!.textContent)).toMatch(/[a-z]\. Reads as May 2024\.$/);
    await dialog().getByRole('button', { name: 'Save' }).click();
    await dialog().waitFor({ state: 'hidden' });

    await expect.poll(() => row(id).locator('time').getAttribute('datetime')).toBe('2024-05');
    const values = await listed();
    expect(values).not.toContain('2022-03');
    expect(values.at(-1)).toBe('2024-05');
    expect(await row(id).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('mark .timex').textContent()).toBe('March 2022');
    expect(await status().textContent()).toContain(`Moved “${title}” to May 2024.`);
    expect([param('q'), param('event')]).toEqual(['Ukraine', id]);
    await expect.poll(range).toEqual(zoomed);
    // Focus is back on the Edit button of the event, drawn afresh with the corrected timeline.
    await expect.poll(focused).toBe('Edit event…');
  });

  test('an impossible date is refused beside the field, and changes nothing', async () => {
    await openEditor();
    const date = dialog().getByLabel('Date');
    await date.fill('2023-02-30');
    await dialog().getByRole('button', { name: 'Save' }).click();
    const alert = dialog().getByRole('alert');
    expect(await alert.textContent()).toBe('2023-02-30 is not a real date: February 2023 has 28 days.');
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(await date.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden' });
    expect(await row(id).locator('time').getAttribute('datetime')).toBe('2024-05');
  });

  test('a new title is shown in the list and announced', async () => {
    await openEditor();
    expect(await dialog().getByLabel('Date').inputValue()).toBe('2024-05');
    await dialog().getByLabel('Title').fill('Draft peace deal discussed in Istanbul');
    await page.keyboard.press('Enter');
    await dialog().waitFor({ state: 'hidden' });
    await expect.poll(() => row(id).locator('.title').textContent()).toBe('Draft peace deal discussed in Istanbul');
    expect(await row(id).getAttribute('aria-pressed')).toBe('true');
    expect(await status().textContent()).toContain(`Renamed “${title}” to “Draft peace deal discussed in Istanbul”.`);
  });

  test('"Not an event" takes it off the list; Undo, reached from the keyboard, puts it back chosen', async () => {
    const count = (await listed()).length;
    await openEditor();
    await dialog().getByRole('button', { name: 'Not an event' }).click();
    await dialog().waitFor({ state: 'hidden' });
    await expect.poll(() => row(id).count()).toBe(0);
    expect((await listed()).length).toBe(count - 1);
    expect(await page.getByText('Removed events (1)').count()).toBe(1);
    expect(await status().textContent()).toContain('it is listed under Removed events');
    // The event has left the timeline, and with it its Edit button: focus goes to Undo.
    await expect.poll(focused).toBe('Undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => row(id).count()).toBe(1);
    expect(await row(id).getAttribute('aria-pressed')).toBe('true');
    expect(await row(id).locator('.title').textContent()).toBe('Draft peace deal discussed in Istanbul');
    expect(await status().textContent()).toContain('Undone: removed');
    expect(await page.getByText(/^Removed events/).count()).toBe(0);
  });

  test('Undo goes back one correction at a time, to the extractor\'s own reading', async () => {
    await status().getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => row(id).locator('.title').textContent()).toBe(title);
    await status().getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => row(id).locator('time').getAttribute('datetime')).toBe('2022-03');
    expect(await row(id).getAttribute('aria-pressed')).toBe('true');
    expect(await status().getByRole('button', { name: 'Undo' }).count()).toBe(0);
  });

  test('a removed event is put back from the Removed events list', async () => {
    await openEditor();
    await dialog().getByRole('button', { name: 'Not an event' }).click();
    await expect.poll(() => row(id).count()).toBe(0);
    await page.getByText('Removed events (1)').click();
    // The date it had, written as the list writes dates, with the TIMEX3 value behind it.
    const had = page.locator('details', { hasText: 'Removed events' }).locator('time[datetime="2022-03"]');
    expect(await had.textContent()).toBe('March 2022');
    await page.getByRole('button', { name: `Put back “${title}”` }).click();
    await expect.poll(() => row(id).locator('time').getAttribute('datetime')).toBe('2022-03');
    expect(await row(id).getAttribute('aria-pressed')).toBe('true');
    expect(await status().textContent()).toContain(`Put “${title}” back on the timeline.`);
  });

  test('the page has no script errors', () => {
    expect(errors).toEqual([]);
  });
});
