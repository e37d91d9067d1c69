// Embedding, in the built app and embed: two <event-timeline> elements on one page with a strict CSP and hostile
// CSS, selection by click and by focusEvent, the composed events, and the iframe's postMessage origin checks.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { collectErrors, launchBrowser, tabThrough } from './browser.ts';

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

  beforeAll(async () => {
    host = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
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
