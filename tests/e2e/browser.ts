import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** Where the tests look for Chromium: `CHROMIUM_PATH`, else Debian's package. Browser downloads are not used. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `The browser tests need Chromium, and there is no Chromium at ${path}.\n` +
        `Install Debian's package (sudo apt-get install -y chromium) or point CHROMIUM_PATH at a Chromium or Chrome binary, ` +
        `e.g. CHROMIUM_PATH=/opt/chrome/chrome npm test`,
    );
  }
  return path;
}

/** Flags for a headless run on a machine with no GPU and a closed network. */
const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium for a test; without one, the test fails with the instructions from `chromiumPath`. */
export function launchBrowser(): Promise<Browser> {
  const problem = inject('browserProblem');
  if (problem) throw new Error(problem);
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args });
}

/** Collects the page's uncaught errors and console errors, for a test that the page ran cleanly. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

/** What a test file gets from `useSeedPage`: the page, and the errors it has thrown or logged so far. */
export interface PageSession {
  page: Page;
  errors: string[];
}

/**
 * One browser and one page for a test file that opens the built app on the seeds: launched before the file's tests,
 * closed after them. Call it at the top level; its hook runs before any the file registers after it.
 */
export function useSeedPage(): PageSession {
  const session = { errors: [] } as unknown as PageSession;
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    session.page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    session.errors = collectErrors(session.page);
    await session.page.goto(inject('baseURL'));
    await session.page.getByRole('heading', { name: /Events in time order/ }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return session;
}

/** The `start` and `end` of the page's address once they stop changing: a zoom animates, and the address follows when it has settled. */
export async function settledRange(page: Page): Promise<(string | null)[]> {
  const range = () => ['start', 'end'].map((name) => new URL(page.url()).searchParams.get(name));
  let last = range();
  for (;;) {
    await page.waitForTimeout(300);
    const now = range();
    if (now.join() === last.join()) return now;
    last = now;
  }
}

/** What the keyboard focus lands on: the element, followed into shadow roots, and how its focus ring is drawn. */
export interface FocusStop {
  readonly name: string;
  readonly ring: string;
  /** The shadow host it is inside, as `tag#id`; '' on the page itself. */
  readonly host: string;
}

/**
 * Presses Tab `count` times and reports each stop, so a test can check that every control the keyboard reaches shows
 * the focus ring.
 */
export async function tabThrough(page: Page, count: number): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        let [active, host] = [document.activeElement, ''];
        while (active?.shadowRoot?.activeElement) [host, active] = [`${active.tagName.toLowerCase()}#${active.id}`, active.shadowRoot.activeElement];
        if (!active || active === document.body) return { name: 'body', ring: 'none', host };
        const style = getComputedStyle(active);
        const name = `${active.tagName.toLowerCase()} ${active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 30) ?? ''}`;
        return { name, ring: `${style.outlineStyle} ${style.outlineWidth}`, host };
      }),
    );
  }
  return stops;
}
