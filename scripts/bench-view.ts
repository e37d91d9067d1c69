// The view benchmark (`npm run bench:view`): builds the app and the benchmark pages, writes synthetic timelines of
// 1,000, 10,000 and 100,000 events in our JSON format, serves everything on 127.0.0.1 and drives headless Chromium
// through a load, a wheel zoom and a drag pan of our chart, of the whole app page (chart, list and source) and of a bare
// canvas reference, then prints the figures, our ratios to the reference and the issue's goals for the chart and for the
// whole app; each page and size is loaded five times, and the table gives the median time to the first frame.
// `-- --chart-only` leaves the whole app out (it is the slow part of a run).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { exportJson } from '../src/lib/formats/index.ts';
import { syntheticTimeline } from './bench/syntheticTimeline.ts';
import { serveStatic } from './bench/staticServer.ts';
import { firstFrame, measureView, type ViewFigures } from './bench/measureView.ts';

const sizes = [1_000, 10_000, 100_000];
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const withApp = !process.argv.includes('--chart-only');

function build(args: string[], outDir: string): void {
  const vite = resolve('node_modules/vite/bin/vite.js');
  const run = spawnSync(process.execPath, [vite, 'build', ...args, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`vite build ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
}

const work = mkdtempSync(join(tmpdir(), 'bench-view-'));
const [appDir, pagesDir, dataDir] = ['app', 'pages', 'data'].map((d) => join(work, d)) as [string, string, string];
console.log('building the app and the benchmark pages…');
build([], appDir);
build(['-c', 'scripts/bench/vite.config.ts'], pagesDir);
spawnSync('mkdir', ['-p', dataDir]);
for (const n of sizes) writeFileSync(join(dataDir, `t${n}.json`), exportJson(syntheticTimeline(n), { indent: 0 }));

const { url, server } = await serveStatic({ '/bench/': pagesDir, '/data/': dataDir, '/': appDir });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-sync'],
});

const pages = {
  chart: (n: number) => ({ url: `${url}/bench/chart.html?src=/data/t${n}.json`, surface: '.surface' }),
  reference: (n: number) => ({ url: `${url}/bench/reference.html?src=/data/t${n}.json`, surface: 'canvas' }),
  ...(withApp ? { 'whole app': (n: number) => ({ url: `${url}/?src=/data/t${n}.json`, surface: '.surface' }) } : {}),
};

const results: { n: number; page: string; figures: ViewFigures; firstFrames: number[] }[] = [];
/**
 * Loads of each page and size timed to the first frame (the first with the gestures after it): on a shared machine a
 * single load varies by a tenth either way.
 */
const loads = 5;
/** The largest timeline over a link of this speed: the file no longer arrives at once, and reading it as it comes pays. */
const link = { mbps: 200, runs: 3 };
const overLink: Record<string, number[]> = {};
try {
  for (const n of sizes) {
    for (const [page, target] of Object.entries(pages)) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
      const tab = await context.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (e) => errors.push(e.message));
      const { url: pageUrl, surface } = target(n);
      const measured = await measureView(tab, pageUrl, surface);
      await context.close();
      const times: { loaded: number; firstFrame: number }[] = [measured];
      for (let load = 1; load < loads; load++) {
        const again = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
        const againTab = await again.newPage();
        againTab.on('pageerror', (e) => errors.push(e.message));
        times.push(await firstFrame(againTab, pageUrl));
        await again.close();
      }
      if (errors.length) throw new Error(`${page} at ${n} events: ${errors.join('; ')}`);
      // Data read and first frame: medians over the loads; zoom, pan and heap: those of the first load.
      const figures = { ...measured, loaded: median(times.map((t) => t.loaded)), firstFrame: median(times.map((t) => t.firstFrame)) };
      results.push({ n, page, figures, firstFrames: times.map((t) => t.firstFrame) });
      console.log(`measured ${page} at ${n.toLocaleString('en')} events`);
    }
  }
  const largest = sizes.at(-1)!;
  for (let run = 0; run < link.runs; run++) {
    for (const [page, target] of Object.entries(pages)) {
      if (withApp && page === 'chart') continue;
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
      (overLink[page] ??= []).push((await firstFrame(await context.newPage(), target(largest).url, link.mbps)).firstFrame);
      await context.close();
    }
  }
  console.log('measured the largest timeline over a link');
} finally {
  await browser.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
}

const ms = (t: number) => (Number.isFinite(t) ? t.toFixed(0) : '–').padStart(6);
const header = 'events   page        loaded  1st frame  zoom p50  zoom p95  pan p50  pan p95  dropped  longest  heap MB';
console.log(`\n${header}\n${'-'.repeat(header.length)}`);
for (const { n, page, figures: f } of results) {
  console.log(
    `${n.toLocaleString('en').padStart(7)}  ${page.padEnd(10)} ${ms(f.loaded)}  ${ms(f.firstFrame)}    ${ms(f.zoom.median)}    ${ms(f.zoom.p95)}   ${ms(f.pan.median)}   ${ms(f.pan.p95)}  ${String(f.zoom.dropped + f.pan.dropped).padStart(7)}  ${ms(Math.max(f.zoom.longest, f.pan.longest))}  ${f.heapMB.toFixed(0).padStart(7)}`,
  );
}

console.log(`\nfirst frame at ${sizes.at(-1)!.toLocaleString('en')} events, each of ${loads} loads (the table gives their median):`);
for (const { page, firstFrames } of results.filter((r) => r.n === sizes.at(-1))) console.log(`  ${page.padEnd(10)} ${firstFrames.map(ms).join(' ')} ms`);
console.log(`\nfirst frame at ${sizes.at(-1)!.toLocaleString('en')} events over an emulated ${link.mbps} Mbit/s link (median of ${link.runs}):`);
for (const [page, times] of Object.entries(overLink)) console.log(`  ${page.padEnd(10)} ${ms(median(times))} ms`);

const ratio = (a: number, b: number) => a / b;
const figures = (n: number, page: string) => results.find((r) => r.n === n && r.page === page)?.figures;
const pagesMeasured = Object.keys(pages).filter((p) => p !== 'reference');
console.log('\nours / reference (frame times during zoom and pan; goal at most 1.5):');
for (const page of pagesMeasured) {
  for (const n of sizes) {
    const [ours, ref] = [figures(n, page), figures(n, 'reference')];
    if (!ours || !ref) continue;
    console.log(
      `${n.toLocaleString('en').padStart(7)}  ${page.padEnd(10)} zoom p50 ${ratio(ours.zoom.median, ref.zoom.median).toFixed(2)}  p95 ${ratio(ours.zoom.p95, ref.zoom.p95).toFixed(2)}   pan p50 ${ratio(ours.pan.median, ref.pan.median).toFixed(2)}  p95 ${ratio(ours.pan.p95, ref.pan.p95).toFixed(2)}`,
    );
  }
}

/** The issue's goals for one page; each line says met or NOT met. */
function goals(page: string): string[] {
  const lines: string[] = [];
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const small = figures(1_000, page);
  if (small) {
    const longest = Math.max(small.zoom.longest, small.pan.longest);
    lines.push(`every frame under 16.7 ms at 1,000 events (rAF interval, 60 Hz): longest ${longest.toFixed(1)} ms ${longest < 16.7 * 1.5 ? 'met (no missed vsync)' : 'NOT met'}`);
  }
  const [ours, ref] = [figures(100_000, page), figures(100_000, 'reference')];
  if (ours && ref) {
    const [zoomRatio, panRatio] = [ratio(ours.zoom.p95, ref.zoom.p95), ratio(ours.pan.p95, ref.pan.p95)];
    const longest = Math.max(ours.zoom.longest, ours.pan.longest);
    if (Number.isFinite(ours.loaded)) lines.push(`first frame within 1 s of the data: ${(ours.firstFrame - ours.loaded).toFixed(0)} ms ${met(ours.firstFrame - ours.loaded <= 1000)}`);
    lines.push(`first frame within 1 s of navigation (median of ${loads} loads): ${ours.firstFrame.toFixed(0)} ms ${met(ours.firstFrame <= 1000)}`);
    lines.push(`frame time at most 1.5× the reference (p95): zoom ${zoomRatio.toFixed(2)}, pan ${panRatio.toFixed(2)} ${met(Math.max(zoomRatio, panRatio) <= 1.5)}`);
    lines.push(`p95 under 33 ms: zoom ${ours.zoom.p95.toFixed(1)}, pan ${ours.pan.p95.toFixed(1)} ${met(Math.max(ours.zoom.p95, ours.pan.p95) < 33)}`);
    lines.push(`no frame over 100 ms: longest ${longest.toFixed(1)} ${met(longest <= 100)}`);
    lines.push(`heap under 150 MB: ${ours.heapMB.toFixed(0)} MB ${met(ours.heapMB < 150)}`);
  }
  return lines;
}
for (const page of pagesMeasured) {
  console.log(`\ngoals for the ${page} at 100,000 events unless said (2 cores, headless Chromium, no GPU):\n${goals(page).map((g) => `  ${g}`).join('\n')}`);
}
