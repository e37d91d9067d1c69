// Embedding, in the built app and embed: two <event-timeline> elements on one page with a strict CSP and hostile
// CSS, selection by click and by focusEvent, the composed events, and the iframe's postMessage origin checks and its
// fit to the frame; then the element on host pages that get in its way: sources that change while loading, the page's
// colours, a narrow column, a page root font size and direction, its lanes attribute, page CSS for its height, a change
// of theme, early method calls, print.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { collectErrors, launchBrowser, tabThrough } from './browser.ts';
import { canvasPixels, openHost, timelineJson } from './hostPage.ts';

let browser: Browser;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  errors = collectErrors(page);
  // Recorded from the first script on: any inline script, eval or blocked resource shows up here.
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[]; selections: unknown[] };
    w.violations = [];
    w.selections = [];
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    document.addEventListener('eventselect', (e) => w.selections.push([(e.target as Element).id, (e as CustomEvent).detail]));
  });
  await page.goto(`${inject('baseURL')}embed-example.html`);
});

afterAll(async () => {
  await browser?.close();
});

const element = (id: string) => page.locator(`#${id}`);

describe('<event-timeline> on a host page', () => {
  test('the build prints the gzipped size of both embed files', () => {
    expect(inject('embedBuildLog')).toMatch(/embed size: embed\.js [\d.]+ kB, gzip [\d.]+ kB/);
    expect(inject('embedBuildLog')).toMatch(/embed size: embed\.iife\.js [\d.]+ kB, gzip [\d.]+ kB/);
  });

  test('renders both timelines, one from src and one from a data object, each in its own shadow root', async () => {
    // Playwright's locators pierce open shadow roots.
    await expect.poll(() => element('by-src').locator('.events li').count()).toBe(5);
    await expect.poll(() => element('by-data').locator('.events li').count()).toBe(3);
    expect(await page.evaluate(() => document.querySelectorAll('.surface').length)).toBe(0);
    expect(await element('by-src').evaluate((e) => e.shadowRoot?.querySelector('.surface') !== null)).toBe(true);
  });

  test('the start and end attributes set the initial range', async () => {
    await expect.poll(() => element('by-src').locator('.surface').getAttribute('data-from')).toBe('2021-06-01T00:00:00.000Z');
    expect(await element('by-src').locator('.surface').getAttribute('data-to')).toBe('2024-09-01T00:00:00.000Z');
  });

  test('the page CSS does not reach inside; the public --event-timeline-* properties do', async () => {
    const inside = await element('by-src').evaluate((e) => {
      const root = e.shadowRoot!.querySelector('.root')!;
      const style = getComputedStyle(root);
      return { font: style.fontFamily, bg: style.getPropertyValue('--bg').trim(), transform: getComputedStyle(e.shadowRoot!.querySelector('button')!).textTransform };
    });
    expect(inside.font).not.toContain('Comic');
    expect(inside.bg).toBe('#fbfbfa');
    expect(inside.transform).toBe('none');
    const accent = await element('by-data').evaluate((e) => getComputedStyle(e.shadowRoot!.querySelector('.root')!).getPropertyValue('--mark').trim());
    expect(accent).toBe('#f59f00');
  });

  test('clicking an event selects it in that timeline only and fires a composed eventselect', async () => {
    const button = element('by-src').locator('.events button').filter({ hasText: 'concert hall' });
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.evaluate(() => (window as unknown as { selections: [string, { value: string }][] }).selections.at(-1))).toEqual([
      'by-src',
      expect.objectContaining({ value: '2024-03-22' }),
    ]);
    expect(await element('by-data').locator('.events [aria-pressed="true"]').count()).toBe(0);
    expect(await element('by-src').locator('mark').textContent()).toContain('March 22');
  });

  test('focusEvent(id) selects and shows the event, and setRange moves the view', async () => {
    expect(await element('by-data').evaluate((e) => (e as unknown as { focusEvent(id: string): boolean }).focusEvent('call'))).toBe(true);
    await expect.poll(() => element('by-data').locator('.events [aria-pressed="true"]').textContent()).toContain('Phone call');
    await expect.poll(() => page.evaluate(() => (window as unknown as { selections: [string, { title: string }][] }).selections.at(-1)?.[0])).toBe('by-data');
    expect(await element('by-data').evaluate((e) => (e as unknown as { focusEvent(id: string): boolean }).focusEvent('no-such-event'))).toBe(false);
    await element('by-src').evaluate((e) => (e as unknown as { setRange(a: string, b: string): boolean }).setRange('2024-01-01', '2024-05-01'));
    await expect.poll(() => element('by-src').locator('.surface').getAttribute('data-from')).toBe('2024-01-01T00:00:00.000Z');
  });

  test('keys stay in their timeline: zooming one with the keyboard leaves the other alone', async () => {
    const other = await element('by-data').locator('.surface').getAttribute('data-from');
    await element('by-src').locator('.surface').focus();
    await page.keyboard.press('+');
    await page.waitForTimeout(400);
    expect(await element('by-data').locator('.surface').getAttribute('data-from')).toBe(other);
  });

  test('inside the shadow root every control the Tab key reaches shows the focus ring', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const stops = (await tabThrough(page, 40)).filter((s) => s.host === 'event-timeline#by-src');
    expect(stops.length).toBeGreaterThan(3);
    expect(stops.filter((s) => s.ring !== 'solid 3px')).toEqual([]);
  });

  test('runs under the page CSP (no inline script, no eval) without a violation or an error', async () => {
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the app in an iframe (?embed=1)', () => {
  let host: Page;
  const frame = (id: string) => host.frameLocator(`#${id}`);
  const notices = () => host.evaluate(() => (window as unknown as { notices: { event: string; detail: unknown }[] }).notices);

  /** What the host page's console says, its frames included. */
  const hostConsole: string[] = [];

  beforeAll(async () => {
    host = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
    host.on('console', (m) => ['warning', 'error'].includes(m.type()) && hostConsole.push(m.text()));
    await host.goto(`${inject('hostURL')}frame-host.html?app=${encodeURIComponent(inject('baseURL'))}`);
    await frame('allowed').locator('.surface').waitFor();
    await frame('other').locator('.surface').waitFor();
  });

  test('hides the chrome, and says it is ready to the allowed origin only', async () => {
    expect(await frame('allowed').locator('h1').count()).toBe(0);
    await expect.poll(async () => (await notices()).filter((n) => n.event === 'ready').length).toBe(1);
  });

  test('obeys setRange and focusEvent from an allowed origin, and reports the change', async () => {
    await host.evaluate(() => (window as unknown as { send(id: string, m: unknown): void }).send('allowed', { type: 'passage-timeline', command: 'setRange', start: '2024-01-01', end: '2024-05-01' }));
    await expect.poll(() => frame('allowed').locator('.surface').getAttribute('data-from')).toBe('2024-01-01T00:00:00.000Z');
    await expect.poll(async () => (await notices()).some((n) => n.event === 'rangechange' && (n.detail as { start: string }).start === '2024-01-01')).toBe(true);
    const id = await frame('allowed').locator('.events button').filter({ hasText: 'concert hall' }).getAttribute('data-event-id');
    await host.evaluate((id) => (window as unknown as { send(id: string, m: unknown): void }).send('allowed', { type: 'passage-timeline', command: 'focusEvent', id }), id);
    await expect.poll(async () => (await notices()).find((n) => n.event === 'eventselect')?.detail).toEqual(expect.objectContaining({ id, value: '2024-03-22' }));
  });

  test('ignores the same command from an origin it does not allow, and malformed messages', async () => {
    const before = await frame('other').locator('.surface').getAttribute('data-from');
    await host.waitForTimeout(600);
    const allowedBefore = await frame('allowed').locator('.surface').getAttribute('data-from');
    await host.evaluate(() => {
      const send = (window as unknown as { send(id: string, m: unknown): void }).send;
      send('other', { type: 'passage-timeline', command: 'setRange', start: '2024-01-01', end: '2024-05-01' });
      send('allowed', { type: 'passage-timeline', command: 'setRange', start: 'soon', end: 5 });
      send('allowed', 'setRange');
    });
    await host.waitForTimeout(700);
    expect(await frame('other').locator('.surface').getAttribute('data-from')).toBe(before);
    expect(await frame('allowed').locator('.surface').getAttribute('data-from')).toBe(allowedBefore);
  });

  // Needs App.svelte to render <FrameBridge {timeline} {failure} {origins} /> whether or not the load failed; today it
  // renders the bridge only once a timeline is shown, and App.svelte is not ours to change (see FrameBridge.svelte).
  test('says loaderror, with the reason, to the allowed origin when its timeline cannot be loaded', async () => {
    await host.evaluate((app) => {
      const frame = document.createElement('iframe');
      const url = new URL(app);
      url.search = new URLSearchParams({ embed: '1', src: 'missing.json', origins: location.origin }).toString();
      frame.src = url.href;
      document.body.append(frame);
    }, inject('baseURL'));
    await expect.poll(async () => (await notices()).find((n) => n.event === 'loaderror')?.detail).toEqual({ message: expect.stringContaining('missing.json') });
  });

  // Chromium logs a warning in the page's console for each post to an origin that is not the page's own.
  test("posts only to the page's origin: no postMessage warning from either frame, the one that does not allow it included", async () => {
    await expect.poll(async () => (await notices()).length).toBeGreaterThan(0);
    expect(hostConsole.filter((text) => text.includes('postMessage'))).toEqual([]);
  });

  test.each([
    [1200, 480],
    [360, 480],
  ])("at %ix%i the view fills the frame: the frame's document does not scroll, the list scrolls inside", async (width, height) => {
    const id = `sized-${width}`;
    await host.evaluate(
      ({ app, id, width, height }) => {
        const frame = Object.assign(document.createElement('iframe'), { id, width: String(width), height: String(height) });
        const url = new URL(app);
        url.search = new URLSearchParams({ embed: '1', src: 'example-timeline.json' }).toString();
        frame.src = url.href;
        document.body.append(frame);
      },
      { app: inject('baseURL'), id, width, height },
    );
    await frame(id).locator('.surface').waitFor();
    const sizes = await frame(id)
      .locator('html')
      .evaluate((html) => {
        const list = html.querySelector('.panes > *')!.getBoundingClientRect();
        return { scroll: html.scrollHeight, client: html.clientHeight, wide: html.scrollWidth - html.clientWidth, listTop: list.top };
      });
    expect(sizes.scroll).toBe(sizes.client);
    expect(sizes.client).toBe(height);
    expect(sizes.wide).toBe(0);
    expect(sizes.listTop).toBeLessThan(height);
    await host.locator(`#${id}`).screenshot({ path: `test-results/embed-frame-${width}x${height}.png` });
  });
});

describe('the Embed dialog and the classic script', () => {
  test('writes both snippets for the current view; Esc closes it and focus returns', async () => {
    const app = await browser.newPage({ viewport: { width: 1200, height: 900 }, reducedMotion: 'reduce' });
    await app.goto(`${inject('baseURL')}?src=example-timeline.json&start=2022-01-01&end=2024-06-01&theme=dark`);
    await app.locator('.surface[data-from="2022-01-01T00:00:00.000Z"]').waitFor();
    const opener = app.getByRole('button', { name: 'Embed…' });
    await opener.click();
    const dialog = app.getByRole('dialog', { name: 'Embed this view' });
    await dialog.waitFor();
    const element = await dialog.getByTestId('embed-element').inputValue();
    expect(element).toContain('<script type="module" src="http');
    expect(element).toMatch(/<event-timeline src="http[^"]*example-timeline\.json" start="2022-01-01" end="2024-06-01" theme="dark"/);
    await dialog.getByRole('textbox', { name: /Pages allowed/ }).fill('https://news.example');
    const frame = await dialog.getByTestId('embed-iframe').inputValue();
    expect(frame).toMatch(/<iframe src="http[^"]*\?src=[^"]*&amp;embed=1&amp;start=2022-01-01&amp;end=2024-06-01&amp;theme=dark&amp;origins=https%3A%2F%2Fnews.example" title="/);
    await app.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await opener.evaluate((e) => e === document.activeElement)).toBe(true);
    await app.close();
  });

  test('opened as the view is first drawn, before the chart has settled on it, the dialog writes the view asked for', async () => {
    const app = await browser.newPage({ viewport: { width: 1200, height: 900 }, reducedMotion: 'reduce' });
    // Clicked in the same moment the chart is first drawn: it reports what it shows only a moment after.
    await app.addInitScript(() => {
      const clickOnDraw = new MutationObserver(() => {
        const opener = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Embed…');
        if (!opener || !document.querySelector('.surface[data-from]')) return;
        clickOnDraw.disconnect();
        opener.click();
      });
      clickOnDraw.observe(document, { subtree: true, childList: true, attributes: true });
    });
    await app.goto(`${inject('baseURL')}?src=example-timeline.json&start=2021-03-01&end=2023-09-01`);
    const element = await app.getByRole('dialog', { name: 'Embed this view' }).getByTestId('embed-element').inputValue();
    expect(element).toMatch(/<event-timeline src="http[^"]*example-timeline\.json" start="2021-03-01" end="2023-09-01"/);
    await app.close();
  });

  test('embed.iife.js works from a file:// page, with the timeline given as data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'embed-file-'));
    const served = await (await fetch(`${inject('baseURL')}embed.iife.js`)).text();
    const json = await (await fetch(`${inject('baseURL')}example-timeline.json`)).text();
    writeFileSync(join(dir, 'embed.iife.js'), served);
    writeFileSync(join(dir, 'data.js'), `document.querySelector('event-timeline').data = ${json};`);
    writeFileSync(join(dir, 'page.html'), '<!doctype html><meta charset="utf-8"><title>file</title><script src="embed.iife.js"></script><event-timeline height="400px"></event-timeline><script src="data.js"></script>');
    const local = await browser.newPage();
    await local.goto(pathToFileURL(join(dir, 'page.html')).href);
    await expect.poll(() => local.locator('event-timeline .events li').count()).toBe(5);
    await local.close();
  });
});

describe('<event-timeline> on pages that get in its way', () => {
  const heard = (host: Page) => host.evaluate(() => (window as unknown as { heard: { type: string; id: string; detail: unknown }[] }).heard);
  const titles = (element: Locator) => element.locator('.events li').allTextContents();
  /** Answers after `ms` milliseconds, as a slow server would. */
  const slow = (body: string, ms = 900) => () => new Promise<{ status: number; body: string }>((done) => setTimeout(() => done({ status: 200, body }), ms));
  const files = { 'slow.json': slow(timelineJson('Slow', 4)), 'second.json': timelineJson('Second', 2), 'missing.json': async () => ({ status: 404, body: 'not found' }) };

  test('only the latest src is shown: an older, slower load that finishes last is dropped', async () => {
    const host = await openHost(browser, '<event-timeline id="t" src="slow.json"></event-timeline>', { files });
    const element = host.locator('#t');
    await host.waitForTimeout(100);
    await element.evaluate((e) => e.setAttribute('src', 'second.json'));
    await expect.poll(() => titles(element)).toHaveLength(2);
    await host.waitForTimeout(1300); // the slow answer has come by now
    const shown = (await titles(element)).join();
    expect(shown).toMatch(/Second 0.*Second 1/);
    expect(shown).not.toContain('Slow');
    expect((await heard(host)).filter((h) => h.type === 'ready').map((h) => h.detail)).toEqual([{ events: 2 }]);
    await host.close();
  });

  test('after a failed load, removing src does not reveal a timeline that an earlier load finished behind the error', async () => {
    const host = await openHost(browser, '<event-timeline id="t" src="slow.json"></event-timeline>', { files });
    const element = host.locator('#t');
    await host.waitForTimeout(100);
    await element.evaluate((e) => e.setAttribute('src', 'missing.json'));
    await expect.poll(() => element.getByRole('alert').textContent()).toContain('the server answered 404');
    await host.waitForTimeout(1300);
    await element.evaluate((e) => e.removeAttribute('src'));
    await host.waitForTimeout(300);
    expect(await element.locator('.surface').count()).toBe(0);
    expect((await heard(host)).map((h) => h.type)).toEqual(['loaderror']);
    await host.close();
  });

  test('the canvas takes any CSS colour of the page, and follows when the page changes it at run time', async () => {
    const css = 'event-timeline { --event-timeline-mark: rebeccapurple; } body.night event-timeline { --event-timeline-mark: hsl(300 80% 40%); }';
    const host = await openHost(browser, '<event-timeline id="t" src="example-timeline.json" theme="light"></event-timeline>', { css });
    const canvas = host.locator('#t canvas');
    await expect.poll(() => canvasPixels(canvas, [102, 51, 153])).toBeGreaterThan(30);
    expect(await canvasPixels(canvas, [59, 111, 216])).toBe(0); // the light theme's blue
    await host.evaluate(() => document.body.classList.add('night'));
    await expect.poll(() => canvasPixels(canvas, [184, 20, 184])).toBeGreaterThan(30);
    expect(await canvasPixels(canvas, [102, 51, 153])).toBe(0);
    await host.close();
  });

  test('in a 360px column of a wide page: the toolbar wraps, the panes stack, nothing scrolls sideways', async () => {
    const host = await openHost(browser, '<div style="width: 360px"><event-timeline id="t" src="example-timeline.json" height="900px"></event-timeline></div>', {
      viewport: { width: 1280, height: 1000 },
    });
    const element = host.locator('#t');
    await element.locator('.surface').waitFor();
    const layout = await element.evaluate((e) => {
      const root = e.shadowRoot!.querySelector('.root')!;
      const box = root.getBoundingClientRect();
      const selected = [...e.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Selected')!.getBoundingClientRect();
      return {
        columns: getComputedStyle(e.shadowRoot!.querySelector('.panes')!).gridTemplateColumns.split(' ').length,
        overflow: root.scrollWidth - root.clientWidth,
        selectedInside: selected.left >= box.left && selected.right <= box.right,
        hint: e.shadowRoot!.querySelector('.hint')!.getBoundingClientRect().height,
      };
    });
    expect(layout).toEqual({ columns: 1, overflow: 0, selectedInside: true, hint: expect.any(Number) });
    expect(layout.hint).toBeLessThan(90); // a few lines across the column, not a thin column of its own
    await host.close();
  });

  test("the page's root font size and direction do not reach inside; the element's own dir does", async () => {
    const body = '<event-timeline id="page" src="example-timeline.json"></event-timeline><event-timeline id="own" dir="rtl" src="example-timeline.json"></event-timeline>';
    const host = await openHost(browser, body, { html: 'dir="rtl" style="font-size: 62.5%"' });
    await host.locator('#page .surface').waitFor();
    const inside = (id: string) =>
      host.locator(`#${id}`).evaluate((e) => {
        const style = (selector: string) => getComputedStyle(e.shadowRoot!.querySelector(selector)!);
        return { direction: style('.root').direction, hint: style('.hint').fontSize, zoomButton: style('.zoom-buttons button').height };
      });
    expect(await inside('page')).toEqual({ direction: 'ltr', hint: '13.6px', zoomButton: '32px' });
    expect((await inside('own')).direction).toBe('rtl');
    await host.close();
  });

  test('the lanes attribute groups the lanes at first; lanes the timeline cannot split by give one track', async () => {
    const body = '<event-timeline id="precision" lanes="precision" src="example-timeline.json"></event-timeline><event-timeline id="document" lanes="document" src="example-timeline.json"></event-timeline>';
    const host = await openHost(browser, body);
    const lanes = (id: string) => host.locator(`#${id}`).getByRole('combobox', { name: 'Lanes' });
    await expect.poll(() => lanes('precision').inputValue()).toBe('precision');
    expect(await host.locator('#precision .track-name').allTextContents()).toEqual(['Days', 'Weeks and months']);
    // The example is one document.
    await expect.poll(() => lanes('document').inputValue()).toBe('none');
    await host.close();
  });

  test("the element carries its height, from the page's CSS or the attribute, and the inner view fills it", async () => {
    const body = '<event-timeline id="css" src="example-timeline.json"></event-timeline><event-timeline id="attr" height="350px" src="example-timeline.json"></event-timeline><event-timeline id="plain" class="plain" src="example-timeline.json"></event-timeline>';
    const host = await openHost(browser, body, { css: 'event-timeline:not(.plain) { height: 300px; }' });
    await host.locator('#css .surface').waitFor();
    const heights = (id: string) =>
      host.locator(`#${id}`).evaluate((e) => {
        const root = e.shadowRoot!.querySelector('.root')!;
        return { element: e.getBoundingClientRect().height, root: root.getBoundingClientRect().height };
      });
    expect(await heights('css')).toEqual({ element: 300, root: 300 });
    expect(await heights('attr')).toEqual({ element: 350, root: 350 });
    expect(await heights('plain')).toEqual({ element: 480, root: 480 });
    // The last event of the list is reached by scrolling inside the element, not cut off below it.
    const last = host.locator('#css .events li').last();
    await last.scrollIntoViewIfNeeded();
    const [item, root] = await Promise.all([last.boundingBox(), host.locator('#css .root').boundingBox()]);
    expect(item!.y + item!.height).toBeLessThanOrEqual(root!.y + root!.height + 1);
    await host.close();
  });

  test('a change of theme repaints in its colours and keeps the view: grouping, focus, range, no rangechange', async () => {
    const host = await openHost(browser, '<event-timeline id="t" src="example-timeline.json" theme="light"></event-timeline>');
    const element = host.locator('#t');
    const surface = element.locator('.surface');
    await surface.waitFor();
    await element.getByRole('combobox', { name: 'Lanes' }).selectOption('precision');
    await element.locator('.events button').first().focus();
    await host.waitForTimeout(800);
    const before = { range: await surface.getAttribute('data-from'), events: (await heard(host)).length };
    await element.evaluate((e) => ((e.shadowRoot!.querySelector('.surface') as unknown as { kept: boolean }).kept = true));
    await element.evaluate((e) => e.setAttribute('theme', 'dark'));
    await expect.poll(() => canvasPixels(element.locator('canvas'), [109, 155, 255])).toBeGreaterThan(30); // the dark theme's mark
    await host.waitForTimeout(800);
    expect(await canvasPixels(element.locator('canvas'), [59, 111, 216])).toBe(0);
    expect(await element.getByRole('combobox', { name: 'Lanes' }).inputValue()).toBe('precision');
    expect(await element.evaluate((e) => (e.shadowRoot!.querySelector('.surface') as unknown as { kept?: boolean }).kept)).toBe(true);
    expect(await element.evaluate((e) => e.shadowRoot!.activeElement?.closest('.events') !== null)).toBe(true);
    expect(await surface.getAttribute('data-from')).toBe(before.range);
    expect((await heard(host)).slice(before.events)).toEqual([]);
    await host.close();
  });

  test('focusEvent and setRange exist from the start and answer false until a timeline has loaded, which `ready` says', async () => {
    const host = await openHost(browser, '');
    const early = await host.evaluate(async () => {
      const element = document.createElement('event-timeline');
      element.id = 'late';
      document.body.append(element);
      await customElements.whenDefined('event-timeline');
      const e = element as unknown as { focusEvent(id: string): boolean; setRange(a: string, b: string): boolean };
      return [e.focusEvent('call'), e.setRange('2024-01-01', '2024-05-01')];
    });
    expect(early).toEqual([false, false]);
    const answers = await host.evaluate(async () => {
      const element = document.querySelector('#late') as HTMLElement & { data: unknown; focusEvent(id: string): boolean };
      const failed = new Promise<unknown>((done) => element.addEventListener('loaderror', (e) => done((e as CustomEvent).detail), { once: true }));
      element.data = { events: 'none' };
      const error = await failed;
      const ready = new Promise<unknown>((done) => element.addEventListener('ready', (e) => done((e as CustomEvent).detail), { once: true }));
      element.data = { events: [{ start_date: { year: 2024, month: 4, day: 3 }, text: { headline: 'Phone call' }, unique_id: 'call' }] };
      return { error, ready: await ready, focused: element.focusEvent('call') };
    });
    expect(answers).toEqual({ error: { message: expect.stringContaining('not valid') }, ready: { events: 1 }, focused: true });
    await host.close();
  });
});

describe('printing a page with an embed', () => {
  test('prints the handout at full length, without the live chart or its controls, under the documented CSP', async () => {
    // The policy docs/embedding.md gives, sent as a header for the example page (which has its own in a <meta> too).
    const policy = /runs the example page[^`]* under\s+`([^`]+)`/.exec(readFileSync('docs/embedding.md', 'utf8'))?.[1];
    expect(policy).toBeDefined();
    const host = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await host.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await host.route(`${inject('baseURL')}embed-example.html`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy!.replace(/\s+/g, ' ') } });
    });
    await host.goto(`${inject('baseURL')}embed-example.html`);
    const element = host.locator('#by-src');
    await element.locator('.surface').waitFor();
    await host.emulateMedia({ media: 'print' });
    const handout = element.locator('.handout');
    await handout.waitFor();
    await expect.poll(() => handout.locator('img.view').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await handout.locator('li').count()).toBe(5);
    expect(await element.locator('.chart').isVisible()).toBe(false);
    expect(await element.locator('button:visible').count()).toBe(0);
    const [elementHeight, handoutHeight] = await element.evaluate((e) => [e.getBoundingClientRect().height, e.shadowRoot!.querySelector('.handout')!.getBoundingClientRect().height]);
    expect(elementHeight).toBeGreaterThanOrEqual(handoutHeight);
    expect(await host.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    await host.close();
  });
});
