// Exports of the current view in the built app: SVG and PNG (2x) with title, axis and source line, and the printed
// handout as PDF. The files are written to test-results/ to be looked at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { exportJson, importJson } from '../../src/lib/formats/index.ts';
import { syntheticTimeline } from '../../scripts/bench/syntheticTimeline.ts';

let browser: Browser;
let page: Page;
const out = 'test-results';

beforeAll(async () => {
  mkdirSync(out, { recursive: true });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', acceptDownloads: true });
  await page.goto(`${inject('baseURL')}?src=example-timeline.json&start=2021-12-01&end=2024-06-01&event=russia-france-defence-call-2024-04-04%3A1490&theme=light`);
  await page.waitForFunction(() => document.querySelector('.surface')?.getAttribute('data-from') === '2021-12-01T00:00:00.000Z');
});

afterAll(async () => {
  await browser?.close();
});

async function download(button: string, on = page): Promise<Buffer> {
  const [file] = await Promise.all([on.waitForEvent('download'), on.getByRole('button', { name: button, exact: true }).click()]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('exports of the current view', () => {
  test('SVG: a standalone document with the title, the visible events, the axis and the source line', async () => {
    const svg = (await download('SVG')).toString('utf8');
    writeFileSync(`${out}/export-view.svg`, svg);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Russia and France: a rare call');
    expect(svg).toContain('class="axis"');
    expect(svg).toMatch(/<text[^>]*>2023<\/text>/);
    expect(svg).toMatch(/class="source"[^>]*>Source: /);
    expect((svg.match(/class="mark"/g) ?? []).length).toBeGreaterThanOrEqual(4);
    expect(svg).toContain('fill="#c2410c"');
  });

  test('PNG: the same picture at twice the size', async () => {
    const png = await download('PNG (2×)');
    writeFileSync(`${out}/export-view.png`, png);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20; the SVG is 1048 wide (1000 plus margins).
    expect(png.readUInt32BE(16)).toBe(2096);
    expect(png.length).toBeGreaterThan(10_000);
  });

  test('PDF: the printed handout has the chart, then every event with its quote and citation', async () => {
    await page.emulateMedia({ media: 'print' });
    // The handout is built when the page learns that the media is print, a moment after the change.
    await expect.poll(() => page.locator('.handout').isVisible()).toBe(true);
    expect(await page.locator('.handout li').count()).toBe(5);
    expect(await page.locator('.handout li').nth(3).textContent()).toContain('March 22');
    expect(await page.getByRole('button', { name: 'Present' }).isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`${out}/export-handout.pdf`, pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    await page.emulateMedia({ media: 'screen' });
  });

  test('Download timeline saves a file that opens again as it was: events, undated mentions and entities', async () => {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(inject('baseURL'));
    await page.getByRole('heading', { name: /Events in time order/ }).waitFor();
    const read = importJson((await download('Download timeline')).toString('utf8'));
    if (!read.ok) throw new Error(read.errors.join('; '));
    expect(read.timeline.events).toHaveLength(5);
    expect(read.timeline.undated).toHaveLength(2);
    // Every participant an event names is an entity of the file (the validator checks it; this says why it passed).
    const named = new Set(read.timeline.events.flatMap((e) => e.participants ?? []));
    expect(named.size).toBeGreaterThan(0);
    expect(read.timeline.entities!.map((e) => e.id)).toEqual(expect.arrayContaining([...named]));
  });
});

describe('exports of an awkward timeline: control characters, two documents, a long title, a dozen events', () => {
  const synthetic = syntheticTimeline(12, { seed: 5, documents: 2, clustered: 0, fromYear: 2020, toYear: 2020 });
  const title = `A chronicle of the harbour, the railway and the senate, ${'told at far too great a length '.repeat(4).trim()}`;
  // ESC and backspace, as pasted from a terminal: XML cannot hold them.
  const events = synthetic.events.map((e, i) => (i === 3 ? { ...e, title: 'Alarm \u001b[31mraised\u0008 at the port' } : e));
  let awkward: Page;

  beforeAll(async () => {
    awkward = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', acceptDownloads: true });
    await awkward.route('**/test-data/awkward.json', (route) => route.fulfill({ contentType: 'application/json', body: exportJson({ ...synthetic, events, title }) }));
    await awkward.goto(`${inject('baseURL')}?src=${encodeURIComponent('/test-data/awkward.json')}&start=2020-01-01&end=2021-01-01&theme=dark`);
    await awkward.waitForFunction(() => document.querySelector('.surface')?.getAttribute('data-from') === '2020-01-01T00:00:00.000Z');
    await awkward.getByLabel('Lanes').selectOption('document');
  });

  test('SVG: well-formed XML, with the tracks of the view named as on screen and the long title cut', async () => {
    expect(await awkward.locator('.track-name').allTextContents()).toEqual(['Synthetic chronicle 1', 'Synthetic chronicle 2']);
    const svg = (await download('SVG', awkward)).toString('utf8');
    writeFileSync(`${out}/export-awkward.svg`, svg);
    const read = await awkward.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? '',
        tracks: [...doc.querySelectorAll('.track-name')].map((t) => t.textContent),
        labels: [...doc.querySelectorAll('.label')].map((t) => t.textContent),
        heading: doc.querySelector('svg > g > title + text')?.textContent ?? '',
      };
    }, svg);
    expect(read.error).toBe('');
    expect(read.tracks).toEqual(['SYNTHETIC CHRONICLE 1', 'SYNTHETIC CHRONICLE 2']);
    expect(read.labels).toContain('Alarm [31mraised at the port');
    expect(read.heading).toMatch(/^A chronicle of the harbour.*…$/);
    expect(svg).toContain(`<title>${title}</title>`);
  });

  test('PNG: still drawn from that SVG', async () => {
    const png = await download('PNG (2×)', awkward);
    writeFileSync(`${out}/export-awkward.png`, png);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(2096);
    expect(await awkward.getByRole('status').filter({ hasText: /^PNG/ }).textContent()).toBe('PNG ready.');
  });

  test('handout: its chart is drawn, and the numbers 10 and above stay inside the page', async () => {
    await awkward.emulateMedia({ media: 'print' });
    const image = awkward.locator('.handout img.view');
    await expect.poll(() => image.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(1000);
    const { room, need } = await awkward.locator('.handout ol').evaluate((ol) => {
      // The widest number, written as its marker is ("12. "), in the font of the list.
      const probe = document.createElement('span');
      probe.style.whiteSpace = 'pre';
      probe.textContent = `${ol.children.length}. `;
      ol.firstElementChild!.append(probe);
      const need = probe.getBoundingClientRect().width;
      probe.remove();
      return { room: parseFloat(getComputedStyle(ol).paddingLeft), need };
    });
    expect(await awkward.locator('.handout li').count()).toBe(12);
    expect(room).toBeGreaterThanOrEqual(need);
    await awkward.emulateMedia({ media: 'screen' });
  });
});
