import type { Page } from 'playwright-core';

/** What the benchmark reports for one page and one data size. Times in ms, heap in MB. */
export interface ViewFigures {
  /** From navigation to the data parsed and checked, and to the first frame with events on screen. */
  readonly loaded: number;
  readonly firstFrame: number;
  readonly zoom: FrameStats;
  readonly pan: FrameStats;
  readonly heapMB: number;
}

export interface FrameStats {
  readonly median: number;
  readonly p95: number;
  readonly longest: number;
  /** Vsyncs missed: a 50 ms frame at 60 Hz drops two. */
  readonly dropped: number;
}

const vsync = 1000 / 60;

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export function frameStats(intervals: readonly number[]): FrameStats {
  const sorted = [...intervals].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    longest: sorted.at(-1) ?? 0,
    dropped: intervals.reduce((n, t) => n + Math.max(0, Math.round(t / vsync) - 1), 0),
  };
}

/** Records the time between animation frames while `interact` runs: what a person sees as smoothness. */
async function recordFrames(page: Page, interact: () => Promise<void>): Promise<FrameStats> {
  // A string, not a function: tsx would wrap named functions in a helper the page does not have.
  await page.evaluate(`(() => {
    const state = { intervals: [], running: true };
    window.benchFrames = state;
    let last = performance.now();
    const loop = (now) => {
      state.intervals.push(now - last);
      last = now;
      if (state.running) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  })()`);
  await interact();
  const intervals = await page.evaluate(() => {
    const state = (window as unknown as { benchFrames: { intervals: number[]; running: boolean } }).benchFrames;
    state.running = false;
    return state.intervals.slice(1);
  });
  return frameStats(intervals);
}

/** Inputs paced like a person's: one event per frame. */
const pace = (page: Page) => page.waitForTimeout(vsync);

/** From the first frame to the first gesture: a person looks before they zoom, and a page may use the pause. */
const lookFirst = 1000;

/**
 * Loads `url`, waits for the page's `timeline:first-frame` mark and a second more, then zooms in and out with the
 * wheel over `surface` and drags it left and right, recording frames; the heap is read after a full garbage collection.
 */
export async function measureView(page: Page, url: string, surface: string): Promise<ViewFigures> {
  const { loaded, firstFrame: first } = await firstFrame(page, url);
  await page.waitForTimeout(lookFirst);
  const box = await page.locator(surface).boundingBox();
  if (!box) throw new Error(`${url}: no ${surface} on the page`);
  const [cx, cy] = [box.x + box.width / 2, box.y + Math.min(box.height / 2, 150)];
  await page.mouse.move(cx, cy);
  const zoom = await recordFrames(page, async () => {
    for (const dy of [-100, 100]) {
      for (let i = 0; i < 40; i++) {
        await page.mouse.wheel(0, dy);
        await pace(page);
      }
    }
  });
  await page.mouse.wheel(0, -400);
  await page.waitForTimeout(200);
  const pan = await recordFrames(page, async () => {
    await page.mouse.down();
    for (const dx of [-12, 12]) {
      for (let i = 0; i < 50; i++) {
        await page.mouse.move(cx + dx * (dx < 0 ? i + 1 : 50 - i - 1), cy);
        await pace(page);
      }
    }
    await page.mouse.up();
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { loaded, firstFrame: first, zoom, pan, heapMB: heap.usedSize / 1048576 };
}

/**
 * Time from navigation to the data read and to the first frame with events on screen; with `mbps`, Chromium holds the
 * download to that many megabits a second, to see how the page fares when the file comes over a real link rather
 * than from this machine.
 */
export async function firstFrame(page: Page, url: string, mbps?: number): Promise<{ loaded: number; firstFrame: number }> {
  const cdp = await page.context().newCDPSession(page);
  if (mbps !== undefined) {
    await cdp.send('Network.enable');
    const bytesPerSecond = (mbps * 1e6) / 8;
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond });
  }
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('timeline:first-frame').length > 0, null, { timeout: 180_000 });
  const [loaded, first] = await page.evaluate(() =>
    ['timeline:data-loaded', 'timeline:first-frame'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN),
  );
  await cdp.detach();
  return { loaded: loaded!, firstFrame: first! };
}
