import { afterEach, expect, test } from 'vitest';
import { chromiumPath } from '../e2e/browser.ts';

const saved = process.env.CHROMIUM_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved;
});

test('without a Chromium the browser tests say how to get one instead of failing to launch', () => {
  process.env.CHROMIUM_PATH = '/nonexistent/chromium';
  expect(() => chromiumPath()).toThrow(
    /no Chromium at \/nonexistent\/chromium[\s\S]*apt-get install -y chromium[\s\S]*CHROMIUM_PATH/,
  );
});

test('CHROMIUM_PATH chooses the browser when it exists', () => {
  process.env.CHROMIUM_PATH = process.execPath; // any existing file stands in for a browser binary here
  expect(chromiumPath()).toBe(process.execPath);
});
