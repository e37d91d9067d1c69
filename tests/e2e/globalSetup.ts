import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** Why the browser tests cannot run (no Chromium), told to each of them instead of an obscure launch error. */
    browserProblem: string;
  }
}

let server: PreviewServer | undefined;

/** Builds the app as a user would and serves the built files; the tests drive real Chromium against it. */
export async function setup(project: TestProject) {
  try {
    chromiumPath();
  } catch (error) {
    project.provide('browserProblem', (error as Error).message);
    project.provide('baseURL', '');
    return;
  }
  project.provide('browserProblem', '');
  execFileSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  server = await preview({ preview: { port: 4180, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  project.provide('baseURL', url);
}

export async function teardown() {
  await server?.close();
}
