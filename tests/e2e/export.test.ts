// Exports of the current view in the built app: SVG and PNG (2x) with title, axis and source line, and the printed
// handout as PDF. The files are written to test-results/ to be looked at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { importJson } from '../../src/lib/formats/index.ts';

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

async function download(button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
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
