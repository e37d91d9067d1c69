/**
 * Vite plugin: every file in the seeds folder becomes a document of the built app, through the virtual module
 * `virtual:seed-documents`. Adding a file and rebuilding adds its events; there is no list to edit.
 * The events are extracted here, at build time, so the page ships data rather than the NLP code that finds it.
 * Files that cannot be read as documents are reported by name in the build output and shipped as problems for the page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { collectDocuments, type DocumentCollection } from '../src/lib/documents/collectDocuments.ts';
import { withPdfTexts } from '../src/lib/documents/pdfDocument.ts';
import { buildTimelineData } from '../src/lib/events/buildTimelineData.ts';

const virtualId = 'virtual:seed-documents';
const resolvedId = '\0' + virtualId;

export async function readSeedFolder(dir: string): Promise<DocumentCollection> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return { documents: [], problems: [{ name: dir, message: `${dir}: the seeds folder is missing; create it and put documents in it` }] };
  }
  const files = names
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isFile())
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  return collectDocuments(await withPdfTexts(files));
}

export function seedsPlugin(options: { dir: string }): Plugin {
  let dir = options.dir;
  let serving = false;
  return {
    name: 'seed-documents',
    configResolved(config) {
      dir = resolve(config.root, options.dir);
      serving = config.command === 'serve';
    },
    resolveId(id) {
      return id === virtualId ? resolvedId : undefined;
    },
    async load(id) {
      if (id !== resolvedId) return undefined;
      // A build in watch mode rebuilds when a seed changes; the dev server has its own watcher (configureServer),
      // and would take a watched folder for an import it cannot resolve.
      if (!serving) this.addWatchFile(dir);
      const data = buildTimelineData(await readSeedFolder(dir));
      for (const problem of data.problems) this.warn(`seed skipped: ${problem.message}`);
      return `export default ${JSON.stringify(data)};`;
    },
    configureServer(server) {
      // In dev, a file added to or removed from the folder reloads the page with the new set.
      server.watcher.add(dir);
      const reload = (file: string) => {
        if (!resolve(file).startsWith(dir)) return;
        const module = server.moduleGraph.getModuleById(resolvedId);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', reload).on('unlink', reload).on('change', reload);
    },
  };
}
