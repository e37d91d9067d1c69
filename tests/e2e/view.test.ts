// The timeline view at scale, in the built app: timelines loaded with ?src=, zoom by wheel, buttons and keys,
// clusters that open on click, labels that never overlap, the keyboard path through the events, and load errors.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { exportJson } from '../../src/lib/formats/index.ts';
import { syntheticTimeline } from '../../scripts/bench/syntheticTimeline.ts';

const burstFrom = Date.UTC(1950, 5, 1);
/** 600 events from 1900 to 2025 and a burst of 30 events on 30 days from 1 June 1950. */
const timeline = syntheticTimeline(600, { seed: 7, burst: { from: burstFrom, days: 30 } });
const burstIds = timeline.events.filter((e) => e.title.startsWith('Burst event')).map((e) => e.id);

let browser: Browser;
let page: Page;
const errors: string[] = [];

/** Serves the test timelines at same-origin addresses, and a server error at another. */
async function openWith(src: string) {
  await page.goto(`${inject('baseURL')}?src=${encodeURIComponent(src)}`);
}

const sheetCsv = [
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Type,Group',
  ',,,,,,,,,Harbour history,,,title,',
  '1952,6,14,,,,,,,Great flood,"<blockquote>The river rose <mark>on 14 June 1952</mark>.</blockquote>",,,',
  '1890,,,,1899,,,,,Railway reaches the harbour,The line opened in stages.,,,',
].join('\r\n');

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/test-data/**', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop();
    if (name === 'synthetic.json') return route.fulfill({ contentType: 'application/json', body: exportJson(timeline, { indent: 0 }) });
    if (name === 'invalid.json') return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ format: 'passage-timeline', version: 1, documents: [], events: [{ id: 'x' }] }) });
    if (name === 'not-json.json') return route.fulfill({ contentType: 'application/json', body: '<html>oops' });
    // A published Google Sheet: an address without an extension, CSV in the TimelineJS3 template, or its web page.
    if (name === 'pub') return route.fulfill({ contentType: 'text/csv', body: sheetCsv });
    if (name === 'pubhtml') return route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><html><body><table></table></body></html>' });
    return route.fulfill({ status: 404, body: 'not found' });
  });
});

afterAll(async () => {
  await browser?.close();
});

const surface = () => page.getByRole('group', { name: /Timeline chart/ });
const shownRange = async () => {
  const [from, to] = await surface().evaluate((e) => [e.getAttribute('data-from'), e.getAttribute('data-to')]);
  return { from: Date.parse(from!), to: Date.parse(to!), span: Date.parse(to!) - Date.parse(from!) };
};
/** Waits for the view to stop moving (transitions last 250 ms). */
const settle = () => page.waitForTimeout(400);
/** The list is windowed: scrolls it to the event's row (rows are in time order, as in the file) and gives its button. */
const eventList = () => page.locator('ol:has(> li[aria-setsize])');
const listButton = async (id: string) => {
  const index = timeline.events.findIndex((e) => e.id === id);
  await eventList().evaluate((ol, i) => {
    const scroller = ol.parentElement!;
    const count = Number(ol.querySelector('li')?.getAttribute('aria-setsize'));
    scroller.scrollTop = (i / count) * ol.getBoundingClientRect().height - scroller.clientHeight / 2;
  }, index);
  return page.locator(`ol [data-event-id="${id}"]`);
};

describe('a timeline loaded with ?src=', () => {
  beforeAll(async () => {
    await openWith('/test-data/synthetic.json');
    await page.getByRole('heading', { name: /Events in time order/ }).waitFor();
  });

  test('shows every event of the file in the list and on the chart', async () => {
    expect((await page.locator('header p').textContent())?.replace(/\s+/g, ' ')).toContain('630 dated events from 12 documents');
    expect(await surface().getAttribute('aria-label')).toContain('630 events');
    // The list is windowed: scrolled from end to end, its rows show every event once, each date in a <time>.
    const rows = await eventList().evaluate(async (ol) => {
      const scroller = ol.parentElement!;
      const found: (string | null)[][] = [];
      const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      for (let top = 0; top < scroller.scrollHeight; top += scroller.clientHeight / 2) {
        scroller.scrollTop = top;
        await frame();
        for (const li of ol.querySelectorAll('li')) {
          found.push([li.querySelector('button')!.getAttribute('data-event-id'), li.querySelector('time')!.getAttribute('datetime'), li.getAttribute('aria-setsize')]);
        }
      }
      return found;
    });
    const seen = new Map<string, string | null>();
    for (const [id, value, size] of rows) {
      expect(size).toBe('630');
      seen.set(id!, value ?? null);
    }
    expect(seen.size).toBe(630);
    for (const event of timeline.events) expect(seen.get(event.id)).toBe(event.value);
    expect(await eventList().locator('li').count()).toBeLessThan(100);
  });

  test('the wheel zooms around the pointer, in and out', async () => {
    await page.getByRole('button', { name: 'Show all events' }).click();
    await settle();
    const before = await shownRange();
    const box = (await surface().boundingBox())!;
    const x = box.x + box.width * 0.3;
    const timeAt = (r: { from: number; span: number }) => r.from + r.span * ((x - box.x) / box.width);
    await page.mouse.move(x, box.y + 60);
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -500);
    await expect.poll(async () => (await shownRange()).span).toBeLessThan(before.span / 6);
    const zoomed = await shownRange();
    // The instant under the pointer stays under it (within a pixel's worth of time).
    expect(Math.abs(timeAt(zoomed) - timeAt(before))).toBeLessThan(before.span / box.width);
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, 500);
    await expect.poll(async () => (await shownRange()).span).toBeGreaterThan(before.span * 0.9);
  });

  test('the + and − buttons zoom by steps and Fit shows everything again', async () => {
    await page.getByRole('button', { name: 'Show all events' }).click();
    await settle();
    const all = await shownRange();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await settle();
    expect((await shownRange()).span).toBeCloseTo(all.span / 1.6 ** 2, -6);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await settle();
    expect((await shownRange()).span).toBeCloseTo(all.span / 1.6, -6);
    await page.getByRole('button', { name: 'Show all events' }).click();
    await settle();
    expect(await shownRange()).toEqual(all);
  });

  test('keys zoom (+ −), pan (← →) and fit (Home) with the chart focused', async () => {
    await surface().focus();
    await page.keyboard.press('Home');
    await settle();
    const all = await shownRange();
    await page.keyboard.press('+');
    await settle();
    const zoomed = await shownRange();
    expect(zoomed.span).toBeCloseTo(all.span / 1.6, -6);
    await page.keyboard.press('ArrowRight');
    await settle();
    const right = await shownRange();
    expect(right.from).toBeGreaterThan(zoomed.from);
    expect(right.span).toBeCloseTo(zoomed.span, -6);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await settle();
    expect((await shownRange()).from).toBeLessThan(zoomed.from);
    await page.keyboard.press('-');
    await settle();
    expect((await shownRange()).span).toBeCloseTo(all.span, -6);
    await page.keyboard.press('Home');
    await settle();
    expect(await shownRange()).toEqual(all);
  });

  test('the overview shows where the chart is: its window pans by drag, zooms by its edges, jumps by a press, and is a scrollbar for keys', async () => {
    await page.getByRole('button', { name: 'Show all events' }).click();
    await settle();
    const all = await shownRange();
    const thumb = page.getByRole('scrollbar', { name: /Where the chart is in the whole timeline/ });
    expect(await thumb.getAttribute('aria-controls')).toBe(await surface().getAttribute('id'));
    const strip = (await page.locator('.overview svg').boundingBox())!;
    const window = async () => (await thumb.boundingBox())!;
    // At Fit the window covers the whole strip but its margins.
    expect((await window()).width).toBeGreaterThan(strip.width * 0.8);
    // The burst of June 1950 stands out as the tallest bar.
    const tallest = await page.locator('.overview .bars').evaluate((path) => {
      const bars = [...path.getAttribute('d')!.matchAll(/M([\d.]+),[\d.]+V([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      return bars.reduce((a, b) => (b[1]! < a[1]! ? b : a))[0]!;
    });
    const timeAtStrip = (x: number) => all.from + (x / strip.width) * all.span;
    expect(Math.abs(timeAtStrip(tallest) - burstFrom)).toBeLessThan(all.span / 100);

    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await settle();
    const zoomed = await shownRange();
    const w = await window();
    expect(w.width / strip.width).toBeCloseTo(zoomed.span / all.span, 1);
    expect(await thumb.getAttribute('aria-valuetext')).toMatch(/^\d{4} – \d{4}$/);

    // Dragging the window by a tenth of the strip moves the chart by a tenth of the whole timeline.
    const y = w.y + w.height / 2;
    await page.mouse.move(w.x + w.width / 2, y);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(w.x + w.width / 2 + (strip.width / 10) * (i / 5), y);
    await page.mouse.up();
    await settle();
    const dragged = await shownRange();
    expect((dragged.from - zoomed.from) / all.span).toBeCloseTo(0.1, 2);
    expect(dragged.span).toBeCloseTo(zoomed.span, -6);

    // Dragging the right edge out widens the view, keeping its start.
    const d = await window();
    await page.mouse.move(d.x + d.width - 2, y);
    await page.mouse.down();
    await page.mouse.move(d.x + d.width - 2 + strip.width / 10, y);
    await page.mouse.up();
    await settle();
    const widened = await shownRange();
    expect(widened.from).toBeCloseTo(dragged.from, -6);
    expect((widened.span - dragged.span) / all.span).toBeCloseTo(0.1, 2);

    // A press beside the window brings its middle there.
    await page.mouse.click(strip.x + strip.width * 0.05, y);
    await settle();
    const jumped = await shownRange();
    expect(Math.abs((jumped.from + jumped.to) / 2 - timeAtStrip(strip.width * 0.05)) / all.span).toBeLessThan(0.01);

    // Keys: End goes to the end of the timeline, arrows move by a tenth of the view.
    await thumb.focus();
    await page.keyboard.press('End');
    await settle();
    const atEnd = await shownRange();
    expect(atEnd.to).toBeCloseTo(all.to, -6);
    expect(Number(await thumb.getAttribute('aria-valuenow'))).toBe(100);
    await page.keyboard.press('ArrowLeft');
    await settle();
    expect(((await shownRange()).from - atEnd.from) / atEnd.span).toBeCloseTo(-0.1, 2);
    await page.keyboard.press('Home');
    await settle();
    expect((await shownRange()).from).toBeCloseTo(all.from, -6);
    expect(Number(await thumb.getAttribute('aria-valuenow'))).toBe(0);
  });

  test('clicking a cluster zooms in until its events separate into marks of their own', async () => {
    await page.getByRole('button', { name: 'Show all events' }).click();
    await settle();
    const clusters = page.locator('.hit-targets [data-cluster]');
    const clusterCount = (label: string | null) => Number(/Cluster of ([\d,]+)/.exec(label ?? '')?.[1]?.replace(/,/g, '') ?? 0);
    /** How the burst's 30 events are drawn, asked one by one through the selection: own mark, or inside a cluster. */
    const shapes = async () => {
      const found: (string | null)[] = [];
      for (const id of burstIds) {
        await (await listButton(id)).click();
        found.push(await page.locator(`.hit-targets [data-event-id="${id}"]`).getAttribute('data-shape'));
      }
      return found;
    };
    expect(new Set(await shapes())).toEqual(new Set(['loose']));
    for (let clicks = 0; (await clusters.count()) > 0; clicks++) {
      expect(clicks, 'clicks before the burst separates').toBeLessThan(5);
      // The burst's cluster is the fullest one: 30 events within a month, where the rest average five a year.
      const labels = await clusters.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
      const counts = labels.map(clusterCount);
      if (Math.max(...counts) < 10) break;
      const before = (await shownRange()).span;
      await clusters.nth(counts.indexOf(Math.max(...counts))).click();
      await settle();
      expect((await shownRange()).span).toBeLessThan(before / 4);
    }
    const range = await shownRange();
    expect(range.from).toBeLessThanOrEqual(burstFrom);
    expect(range.to).toBeGreaterThanOrEqual(burstFrom + 30 * 864e5);
    // Every burst event is now a mark of its own (a point or a span), none left inside a cluster.
    expect((await shapes()).every((shape) => shape === 'point' || shape === 'span')).toBe(true);
  });

  test('no two visible labels overlap, at any of several zoom levels', async () => {
    await page.getByRole('button', { name: 'Show all events' }).click();
    for (const clicks of [0, 3, 6, 9, 12]) {
      for (let i = 0; i < 3 && clicks > 0; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
      await settle();
      const boxes = await page.locator('.surface :is(.labels, .axis) span:not(.rule)').evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return { text: e.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        }),
      );
      expect(boxes.length).toBeGreaterThan(3);
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
          expect(overlap, `"${a.text}" and "${b.text}" overlap at zoom step ${clicks}`).toBe(false);
        }
      }
    }
  });

  test('] and [ walk the keyboard through the events; Enter selects; the tooltip tells title and date', async () => {
    await page.getByRole('button', { name: 'Show all events' }).click();
    await settle();
    await surface().focus();
    await page.keyboard.press(']');
    const first = page.locator('.hit-targets button:focus');
    await expect.poll(() => first.count()).toBe(1);
    const firstId = await first.getAttribute('data-event-id');
    await page.keyboard.press(']');
    await expect.poll(() => page.locator('.hit-targets button:focus').getAttribute('data-event-id')).not.toBe(firstId);
    const id = await page.locator('.hit-targets button:focus').getAttribute('data-event-id');
    const event = timeline.events.find((e) => e.id === id)!;
    await expect.poll(() => page.getByRole('tooltip').textContent()).toContain(event.title);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`ol [data-event-id="${id}"]`).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('mark').textContent()).toContain(event.title.toLowerCase().slice(1, 20));
    await page.keyboard.press('[');
    await expect.poll(() => page.locator('.hit-targets button:focus').getAttribute('data-event-id')).toBe(firstId);
    await page.keyboard.press('Escape');
    await expect.poll(() => surface().evaluate((e) => e === document.activeElement)).toBe(true);
  });

  test('zoom to selection, then a click on a mark drawn only on the canvas selects its event', async () => {
    await (await listButton(burstIds[10]!)).click();
    await page.getByRole('button', { name: 'Zoom to the selected event' }).click();
    await settle();
    const range = await shownRange();
    expect(range.span).toBeLessThan(5 * 864e5);
    expect(range.from).toBeLessThan(burstFrom + 10 * 864e5);
    expect(range.to).toBeGreaterThan(burstFrom + 11 * 864e5);
    // The next day's event: hide its hit target so that the click reaches the canvas and its hit grid.
    const target = page.locator(`.hit-targets [data-event-id="${burstIds[11]}"]`);
    const box = (await target.boundingBox())!;
    await target.evaluate((e) => ((e as HTMLElement).style.pointerEvents = 'none'));
    await page.mouse.click(box.x + 6, box.y + box.height / 2);
    await expect.poll(() => page.locator(`ol [data-event-id="${burstIds[11]}"]`).getAttribute('aria-pressed')).toBe('true');
  });

  test('a narrower or wider window keeps the stretch of time shown', async () => {
    await openWith('/test-data/synthetic.json');
    await page.getByRole('heading', { name: /Events in time order/ }).waitFor();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await settle();
    const before = await shownRange();
    // Within a pixel's worth of time at either end.
    const off = async () => {
      const after = await shownRange();
      return Math.max(Math.abs(after.from - before.from), Math.abs(after.to - before.to)) / (before.span / 800);
    };
    for (const width of [900, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await expect.poll(async () => (await surface().boundingBox())!.width).toBeLessThan(width);
      await expect.poll(off).toBeLessThan(1);
    }
  });

  test('the page has no script errors', () => {
    expect(errors).toEqual([]);
  });
});

test('?src= shows a TimelineJS3 spreadsheet published as CSV', async () => {
  await openWith('/test-data/pub');
  await expect.poll(() => page.locator('ol time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')))).toEqual(['189', '1952-06-14']);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Harbour history');
});

describe('?src= that cannot be shown', () => {
  test.each([
    ['an unreachable address', 'http://127.0.0.1:9/timeline.json', /could not be reached/],
    ['a missing file', '/test-data/missing.json', /the server answered 404/],
    ['a file that is not JSON', '/test-data/not-json.json', /not a valid timeline file: the file is not JSON/],
    ['a file that is not a timeline', '/test-data/invalid.json', /not a valid timeline file: \$\.events\[0\]/],
    ['a web page', '/test-data/pubhtml', /not a valid timeline file: the file is a web page \(HTML\), not a timeline file; a Google Sheet .* is read once published as CSV/],
  ])('%s gives a clear message naming the address', async (_, src, reason) => {
    await openWith(src);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain(`Could not load the timeline from`);
    expect(text).toContain(src.replace(/^\//, ''));
    expect(text).toMatch(reason);
    expect(await page.getByRole('link', { name: 'Show the bundled documents instead' }).count()).toBe(1);
  });
});
