import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The app built on `seeds/`. */
    baseURL: string;
    /** The app built on a folder of one good and several bad documents, and what its build printed. */
    badSeedsURL: string;
    badSeedsBuildLog: string;
    /** Why the browser tests cannot run (no Chromium), told to each of them instead of an obscure launch error. */
    browserProblem: string;
    /** What the embed build printed (its gzipped sizes). */
    embedBuildLog: string;
    /** A second origin (another port) serving the host pages of tests/e2e/hosts/, with a strict CSP header. */
    hostURL: string;
  }
}

const servers: PreviewServer[] = [];
const hostServers: Server[] = [];

/** Builds the app as a user would, then serves the built files; the tests drive real Chromium against it. */
function build(outDir: string, env: Record<string, string> = {}): string {
  const vite = resolve('node_modules/vite/bin/vite.js');
  const run = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir'], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  if (run.status !== 0) throw new Error(`vite build failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout + run.stderr;
}

/** The embed (dist/embed.js, dist/embed.iife.js) goes next to the app it was built with. */
function buildEmbed(outDir: string): string {
  const vite = resolve('node_modules/vite/bin/vite.js');
  const run = spawnSync(process.execPath, [vite, 'build', '-c', 'vite.embed.config.ts'], {
    encoding: 'utf8',
    env: { ...process.env, EMBED_OUT_DIR: outDir },
  });
  if (run.status !== 0) throw new Error(`embed build failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout + run.stderr;
}

/** Host pages for the iframe tests, on their own origin; every answer carries a CSP without inline scripts or eval. */
async function serveHosts(): Promise<string> {
  const dir = resolve('tests/e2e/hosts');
  const server = createServer((request, response) => {
    const name = new URL(request.url ?? '/', 'http://x').pathname.replace(/^\/+/, '');
    const file = join(dir, name);
    if (!/^[\w.-]+$/.test(name) || !existsSync(file)) return void response.writeHead(404).end('not found');
    response.writeHead(200, {
      'content-type': name.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'self'; script-src 'self'; frame-src *; object-src 'none'",
    });
    response.end(readFileSync(file));
  });
  hostServers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the host page server has no port');
  return `http://127.0.0.1:${address.port}/`;
}

async function serve(outDir: string): Promise<string> {
  const server = await preview({ build: { outDir }, preview: { port: 4180, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' });
  servers.push(server);
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  return url;
}

/** One readable document and one file of each kind of bad input. */
function writeBadSeeds(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bad-seeds-'));
  writeFileSync(join(dir, 'good.txt'), 'date 2021-06-10\nThe bridge reopened on Monday after repairs.');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'latin1.txt'), new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6e, 0x20, 0x4d, 0x61, 0x79]));
  writeFileSync(join(dir, 'bad-date.txt'), 'date 2021-02-30\nA meeting was held on Tuesday.');
  return dir;
}

export async function setup(project: TestProject) {
  try {
    chromiumPath();
  } catch (error) {
    for (const key of ['baseURL', 'badSeedsURL', 'badSeedsBuildLog', 'embedBuildLog', 'hostURL'] as const) project.provide(key, '');
    project.provide('browserProblem', (error as Error).message);
    return;
  }
  project.provide('browserProblem', '');
  build('dist');
  project.provide('embedBuildLog', buildEmbed('dist'));
  project.provide('baseURL', await serve('dist'));
  project.provide('hostURL', await serveHosts());
  const out = mkdtempSync(join(tmpdir(), 'bad-seeds-dist-'));
  project.provide('badSeedsBuildLog', build(out, { SEEDS_DIR: writeBadSeeds() }));
  project.provide('badSeedsURL', await serve(out));
}

export async function teardown() {
  await Promise.all(servers.map((s) => s.close()));
  await Promise.all(hostServers.map((s) => new Promise((done) => s.close(done))));
}
