// Host pages for <event-timeline> made up by a test: served at the app's own origin (next to embed.js and
// example-timeline.json) through Playwright's routing, with whatever page CSS or markup the test needs.
import { inject } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';

export interface HostOptions {
  /** Page CSS, put in a <style> element. */
  readonly css?: string;
  /** Attributes of the page's <html>, e.g. `dir="rtl"`. */
  readonly html?: string;
  readonly viewport?: { readonly width: number; readonly height: number };
  /** More answers at the app's origin, by file name: a body, or a function that gives one when asked. */
  readonly files?: Readonly<Record<string, string | (() => Promise<{ status: number; body: string }>)>>;
}

/** Opens a page whose body is `body`, with embed.js loaded; events the elements dispatch are kept in `window.heard`. */
export async function openHost(browser: Browser, body: string, options: HostOptions = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 900 } });
  const base = inject('baseURL');
  await page.addInitScript(() => {
    const w = window as unknown as { heard: { type: string; id: string; detail: unknown }[] };
    w.heard = [];
    for (const type of ['ready', 'loaderror', 'rangechange', 'eventselect']) {
      document.addEventListener(type, (e) => w.heard.push({ type, id: (e.target as Element).id, detail: (e as CustomEvent).detail }));
    }
  });
  for (const [name, answer] of Object.entries(options.files ?? {})) {
    await page.route(`${base}${name}`, async (route) => {
      const { status, body } = typeof answer === 'string' ? { status: 200, body: answer } : await answer();
      // The page may have aborted the request meanwhile (a newer src), which is what some tests are about.
      await route.fulfill({ status, contentType: 'application/json', body }).catch(() => {});
    });
  }
  const html = `<!doctype html><html lang="en" ${options.html ?? ''}><head><meta charset="utf-8"><title>host</title>
    <style>${options.css ?? ''}</style><script type="module" src="embed.js"></script></head><body>${body}</body></html>`;
  await page.route(`${base}host.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(`${base}host.html`);
  return page;
}

/** A TimelineJS3 file of `count` events titled `name 0`, `name 1`…, one a year from 2020. */
export function timelineJson(name: string, count: number): string {
  const events = Array.from({ length: count }, (_, i) => ({
    start_date: { year: 2020 + i, month: 3, day: 1 },
    text: { headline: `${name} ${i}`, text: `<blockquote>${name} ${i} happened.</blockquote>` },
    unique_id: `${name.toLowerCase()}-${i}`,
  }));
  return JSON.stringify({ title: { text: { headline: name } }, events });
}

/** How many pixels of a chart's canvas are, within a small tolerance, of the colour `rgb` (at any but a faint opacity). */
export function canvasPixels(canvas: Locator, rgb: readonly [number, number, number]): Promise<number> {
  return canvas.evaluate((e, [r, g, b]) => {
    const canvas = e as HTMLCanvasElement;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! > 60 && Math.abs(data[i]! - r) <= 3 && Math.abs(data[i + 1]! - g) <= 3 && Math.abs(data[i + 2]! - b) <= 3) count++;
    }
    return count;
  }, rgb);
}
