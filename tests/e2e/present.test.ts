// Presenter mode in the built app: ?present=1 opens it, the clicker and arrow keys step through the story, each
// step shows its event's quote and citation, the progress is announced, and Esc leaves. The story editor, a story
// that comes back to an event, presenting with a filter, and story edits kept in the browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { collectErrors, launchBrowser } from './browser.ts';

let browser: Browser;
let page: Page;
let errors: string[] = [];

/** A page in a browser context of its own, so that story edits it keeps in the browser reach no other test. */
async function freshPage() {
  await page?.context().close();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', acceptDownloads: true });
  errors = collectErrors(page);
}

beforeAll(async () => {
  browser = await launchBrowser();
  await freshPage();
});

afterAll(async () => {
  await browser?.close();
});

/** What the live region says: "Step 2 / 5: October 2022, Call marked first…". */
const progress = () => page.getByTestId('present-progress').textContent().then((t) => t?.replace(/\s+/g, ' ').trim());
/** Its "Step 2 / 5". */
const position = () => progress().then((t) => t?.match(/^Step \d+ \/ \d+/)?.[0]);
/** What has the keyboard focus: a control's name, `presenter` for the overlay, or `body`. */
const focused = () =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'body';
    if (active.classList.contains('presenter')) return 'presenter';
    const label = (active as HTMLInputElement).labels?.[0]?.textContent;
    return (active.getAttribute('aria-label') ?? label ?? active.textContent ?? '').trim();
  });
const exampleTimeline = (): Record<string, unknown> => JSON.parse(readFileSync(join(import.meta.dirname, '../../public/example-timeline.json'), 'utf8'));
const id = (n: number) => `russia-france-defence-call-2024-04-04:${n}`;
const storyDialog = () => page.getByRole('dialog', { name: 'Story for the presenter' });
const quote = () => page.locator('.presenter blockquote p').textContent();

describe('presenter mode', () => {
  test('?present=1 opens the story saved in the file at its first step, with its note and citation', async () => {
    await page.goto(`${inject('baseURL')}?src=example-timeline.json&present=1`);
    await expect.poll(position).toBe('Step 1 / 5');
    expect(await quote()).toContain('rare phone call Wednesday');
    // Said with the event, not just the number.
    expect(await progress()).toBe("Step 1 / 5: Wednesday, 3 April 2024, Russia's defence minister warned French counterpart against deploying troops to Ukraine");
    expect(await page.locator('.presenter .note').textContent()).toContain('first call between the two defence ministers');
    expect(await page.locator('.presenter cite').textContent()).toBeTruthy();
    expect(await page.locator('.presenter [aria-live="polite"]').count()).toBe(1);
    expect(await page.getByRole('dialog').getAttribute('aria-labelledby')).toBeTruthy();
  });

  test('?present=1 logs no warning or error: without a user gesture it does not ask for full screen, which a click on Present does', async () => {
    const fresh = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const logged: string[] = [];
    fresh.on('console', (m) => ['warning', 'error'].includes(m.type()) && logged.push(m.text()));
    fresh.on('pageerror', (e) => logged.push(e.message));
    // Nothing may touch the page until the presenter is up: Playwright's evaluations count as user gestures.
    await fresh.goto(`${inject('baseURL')}?src=example-timeline.json&present=1`, { waitUntil: 'networkidle' });
    expect(await fresh.getByTestId('present-progress').textContent()).toContain('Step 1 / 5');
    expect(logged).toEqual([]);
    expect(await fresh.evaluate(() => document.fullscreenElement)).toBeNull();
    await fresh.keyboard.press('Escape');
    await fresh.getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => fresh.evaluate(() => document.fullscreenElement?.className ?? '')).toContain('presenter');
    expect(logged).toEqual([]);
    await fresh.context().close();
  });

  test('leaving full screen with Esc ends the presentation; losing it to another tab does not', async () => {
    const fresh = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    await fresh.goto(`${inject('baseURL')}?src=example-timeline.json`);
    const fullscreen = () => fresh.evaluate(() => document.fullscreenElement?.className ?? '');
    const presenting = () => fresh.locator('.presenter').count();
    await fresh.getByRole('button', { name: 'Present' }).click();
    await expect.poll(fullscreen).toContain('presenter');
    // Another tab brought up: the browser leaves full screen while the page is hidden. The presentation stays.
    await fresh.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      return document.exitFullscreen();
    });
    await fresh.waitForTimeout(400);
    expect(await presenting()).toBe(1);
    expect(await fullscreen()).toBe('');
    // Back in the tab, a press of Esc (the browser leaves full screen for it) ends the presentation.
    await fresh.evaluate(() => delete (document as { visibilityState?: string }).visibilityState);
    await fresh.keyboard.press('Escape');
    await expect.poll(presenting).toBe(0);
    await fresh.getByRole('button', { name: 'Present' }).click();
    await expect.poll(fullscreen).toContain('presenter');
    await fresh.evaluate(() => document.exitFullscreen());
    await expect.poll(presenting).toBe(0);
    await fresh.context().close();
  });

  test('→, Space and PageDown go forward; ← and PageUp go back; the quote follows the step', async () => {
    await page.keyboard.press('ArrowRight');
    await expect.poll(position).toBe('Step 2 / 5');
    expect(await quote()).toContain('since October 2022');
    await page.keyboard.press(' ');
    await page.keyboard.press('PageDown');
    await expect.poll(position).toBe('Step 4 / 5');
    expect(await quote()).toContain('Macron');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(position).toBe('Step 3 / 5');
    await page.keyboard.press('PageUp');
    await expect.poll(position).toBe('Step 2 / 5');
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
    await expect.poll(position).toBe('Step 5 / 5');
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('5');
    await page.keyboard.press('Home');
    await expect.poll(position).toBe('Step 1 / 5');
  });

  test('Esc leaves the presentation and the list and source come back', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.presenter').count()).toBe(0);
    expect(await page.getByRole('heading', { name: /Events in time order/ }).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('present')).toBeNull();
  });

  test('the story editor orders the steps and adds notes; the presenter follows it and the file saves it', async () => {
    await freshPage();
    await page.goto(`${inject('baseURL')}?src=example-timeline.json`);
    await page.getByRole('button', { name: 'Story…' }).click();
    const dialog = storyDialog();
    await dialog.getByRole('button', { name: 'Move step 2 up' }).click();
    await dialog.getByRole('button', { name: 'Remove step 5' }).click();
    // Each note box is named by its step.
    const note = dialog.getByRole('textbox', { name: 'Note for step 1: Call marked first such contact between Russian and French defense ministers', exact: true });
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
    await expect.poll(position).toBe('Step 1 / 4');
    expect(await quote()).toContain('since October 2022');
    expect(await page.locator('.presenter .note').textContent()).toBe('Start with the last contact.');
    await page.keyboard.press('Escape');
  });

  test('the Present button starts at the first step of all events in time order when there is no story', async () => {
    await page.goto(inject('baseURL'));
    await page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(position).toBe('Step 1 / 5');
    expect(await page.locator('.presenter time').first().getAttribute('datetime')).toBe('2022-03');
  });
});

describe('keys and focus while presenting', () => {
  test('Next up to the last step, where it is disabled, leaves focus in the presentation, and the keys still work', async () => {
    await freshPage();
    await page.goto(`${inject('baseURL')}?src=example-timeline.json`);
    await page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(position).toBe('Step 1 / 5');
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Next →' }).click();
    await expect.poll(position).toBe('Step 5 / 5');
    await expect.poll(focused).toBe('presenter');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(position).toBe('Step 4 / 5');
    await page.keyboard.press('End');
    await expect.poll(position).toBe('Step 5 / 5');
  });

  test('Previous down to the first step leaves focus in the presentation, where Space goes on and Shift+Space back', async () => {
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: '← Previous' }).click();
    await expect.poll(position).toBe('Step 1 / 5');
    await expect.poll(focused).toBe('presenter');
    await page.keyboard.press('Space');
    await expect.poll(position).toBe('Step 2 / 5');
    await page.keyboard.press('Shift+Space');
    await expect.poll(position).toBe('Step 1 / 5');
    // On the Next button too: back, without the button going on again.
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect.poll(position).toBe('Step 2 / 5');
    await page.keyboard.press('Shift+Space');
    await page.waitForTimeout(200);
    expect(await position()).toBe('Step 1 / 5');
  });

  test('with focus on the page behind, every key still works; Shift+Space goes back', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await focused()).toBe('body');
    await page.keyboard.press('End');
    await expect.poll(position).toBe('Step 5 / 5');
    await page.keyboard.press('Shift+Space');
    await expect.poll(position).toBe('Step 4 / 5');
    await page.keyboard.press('Space');
    await expect.poll(position).toBe('Step 5 / 5');
    await page.keyboard.press('Home');
    await expect.poll(position).toBe('Step 1 / 5');
  });

  test('leaving, by Esc or by the Leave button, puts focus back on the Present button', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.presenter').count()).toBe(0);
    await expect.poll(focused).toBe('Present');
    await page.keyboard.press('Enter');
    await expect.poll(position).toBe('Step 1 / 5');
    await page.getByRole('button', { name: 'Leave (Esc)' }).click();
    await expect.poll(focused).toBe('Present');
  });
});

describe('a story that comes back to an event', () => {
  // The example's story as [the call, October 2022, the call again]: a valid file (the checker accepts it).
  async function openRevisit() {
    await freshPage();
    const file = { ...exampleTimeline(), story: { steps: [{ eventId: id(121), note: 'The news.' }, { eventId: id(787) }, { eventId: id(121), note: 'Back to the call.' }] } };
    await page.route('**/test-data/revisit.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(file) }));
    await page.goto(`${inject('baseURL')}?src=test-data/revisit.json`);
    await page.getByRole('button', { name: 'Story…' }).click();
  }
  const labels = () => storyDialog().locator('li .label').allTextContents();

  test('the editor lists each visit; moving keeps focus on the moved step, at the ends on its other arrow', async () => {
    await openRevisit();
    expect(await labels()).toEqual([
      "1. Wednesday, 3 April 2024: Russia's defence minister warned French counterpart against deploying troops to Ukraine",
      '2. October 2022: Call marked first such contact between Russian and French defense ministers',
      "3. Wednesday, 3 April 2024: Russia's defence minister warned French counterpart against deploying troops to Ukraine",
    ]);
    const notes = () => storyDialog().getByRole('textbox').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(await notes()).toEqual(['The news.', '', 'Back to the call.']);
    await storyDialog().getByRole('button', { name: 'Move step 2 down' }).click();
    expect(await notes()).toEqual(['The news.', 'Back to the call.', '']);
    expect(await focused()).toBe('Move step 3 up');
    await storyDialog().getByRole('button', { name: 'Move step 2 up' }).click();
    expect(await notes()).toEqual(['Back to the call.', 'The news.', '']);
    expect(await focused()).toBe('Move step 1 down');
    await page.keyboard.press('Enter');
    expect(await notes()).toEqual(['The news.', 'Back to the call.', '']);
    expect(await focused()).toBe('Move step 2 down');
  });

  test('adding and removing steps work with the repeat, and focus stays on the list', async () => {
    await storyDialog().getByLabel('Add an event').selectOption(id(1490));
    await storyDialog().getByRole('button', { name: 'Add', exact: true }).click();
    expect(await labels()).toHaveLength(4);
    expect(await focused()).toBe('Add an event');
    await storyDialog().getByRole('button', { name: 'Remove step 4' }).click();
    expect(await focused()).toBe('Remove step 3');
    await storyDialog().getByRole('button', { name: 'Remove step 1' }).click();
    expect(await focused()).toBe('Remove step 1');
    expect(await labels()).toEqual([
      "1. Wednesday, 3 April 2024: Russia's defence minister warned French counterpart against deploying troops to Ukraine",
      '2. October 2022: Call marked first such contact between Russian and French defense ministers',
    ]);
  });

  test('the presenter plays every visit with its own note, and the page ran without errors', async () => {
    await openRevisit();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(position).toBe('Step 1 / 3');
    await page.keyboard.press('End');
    await expect.poll(position).toBe('Step 3 / 3');
    expect(await page.locator('.presenter .note').textContent()).toBe('Back to the call.');
    expect(errors).toEqual([]);
  });
});

describe('presenting with a filter', () => {
  test('only the steps whose events the words filter shows are presented, and ?step counts those', async () => {
    await freshPage();
    // "defence" is in the call of 3 April 2024 (step 1) and the concert hall attack (step 5) only.
    await page.goto(`${inject('baseURL')}?src=example-timeline.json&q=defence&present=1&step=2`);
    await expect.poll(position).toBe('Step 2 / 2');
    expect(await page.locator('.presenter .date time').getAttribute('datetime')).toBe('2024-03-22');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(position).toBe('Step 1 / 2');
    expect(await page.locator('.presenter .date time').getAttribute('datetime')).toBe('2024-04-03');
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('1');
  });

  test('the Who menu filters the presentation too', async () => {
    await page.goto(`${inject('baseURL')}?src=example-timeline.json&who=place-ukraine`);
    // The list fills once the timeline has loaded: count its events only then.
    const times = page.getByRole('list', { name: /Events in time order/ }).locator('time');
    await expect.poll(() => times.count()).toBeGreaterThan(0);
    const listed = await times.count();
    await page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(position).toBe(`Step 1 / ${listed}`);
    await page.keyboard.press('End');
    expect(await page.locator('.presenter .date time').getAttribute('datetime')).toBe('2022-03');
  });

  test('a filter that hides every event of the story says there is nothing to present', async () => {
    await page.goto(`${inject('baseURL')}?src=example-timeline.json&q=nothing-says-this&present=1`);
    await expect.poll(position).toBe('Step 0 / 0');
    expect(await page.locator('.presenter h2').textContent()).toContain('no events to present');
    expect(await page.locator('.presenter blockquote').count()).toBe(0);
  });
});

describe('story edits kept in the browser', () => {
  /** The timeline file saved in the browser for the example timeline, or null. */
  const savedJson = () =>
    page.evaluate(
      (key) =>
        new Promise<string | null>((resolve, reject) => {
          const open = indexedDB.open('passage-timeline', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('saved-work', { keyPath: 'base' });
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('saved-work').objectStore('saved-work').get(key);
            get.onsuccess = () => {
              open.result.close();
              const json = (get.result as { json?: Blob | string } | undefined)?.json;
              if (json === undefined) resolve(null);
              else if (typeof json === 'string') resolve(json);
              else json.text().then(resolve, reject);
            };
            get.onerror = () => reject(get.error);
          };
        }),
      `src:${new URL('example-timeline.json', inject('baseURL')).href}`,
    );

  test('reordered steps and a note come back after a reload, so ?step=1 still shows the step chosen', async () => {
    await freshPage();
    await page.goto(`${inject('baseURL')}?src=example-timeline.json`);
    await page.getByRole('button', { name: 'Story…' }).click();
    await storyDialog().getByRole('button', { name: 'Move step 2 up' }).click();
    const note = storyDialog().getByRole('textbox').first();
    await note.fill('Start with the last contact.');
    await note.press('Tab');
    await page.keyboard.press('Escape');
    await expect.poll(savedJson).toContain('Start with the last contact.');

    await page.goto(`${inject('baseURL')}?src=example-timeline.json&present=1&step=1`);
    await expect.poll(position).toBe('Step 1 / 5');
    expect(await quote()).toContain('since October 2022');
    expect(await page.locator('.presenter .note').textContent()).toBe('Start with the last contact.');
    await page.keyboard.press('Escape');
    expect(await page.locator('.saved-work[role="status"]').textContent()).toContain('Restored your changes');
  });

  test('Discard changes brings back the story of the file, and nothing stays saved', async () => {
    await page.locator('.saved-work').getByRole('button', { name: 'Discard changes' }).click();
    await expect.poll(savedJson).toBeNull();
    await page.getByRole('button', { name: 'Story…' }).click();
    expect(await storyDialog().locator('li .label').first().textContent()).toContain('3 April 2024');
    await page.keyboard.press('Escape');
    await page.reload();
    await page.getByRole('button', { name: 'Story…' }).click();
    expect(await storyDialog().locator('li .label').first().textContent()).toContain('3 April 2024');
    expect(errors).toEqual([]);
  });
});
