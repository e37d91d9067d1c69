/**
 * The page's own code leaves the temporal tagger and the document readers to the worker that reads documents: they
 * are a quarter of the page's script otherwise, parsed and compiled before a timeline from `?src=` can start to load.
 * Walks the static imports from `src/main.ts` and `src/embed.ts` (a worker's module is reached through
 * `new Worker(new URL(…))`, not an import).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
// `import … from '…'` and `export … from '…'`, but not `import type` (erased) nor bare specifiers (packages).
const importPattern = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;

function pageModules(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(importPattern)) {
      const target = resolve(dirname(file), spec!);
      if (existsSync(target)) visit(target);
    }
  };
  visit(join(root, entry));
  return new Set([...seen].map((file) => relative(root, file)));
}

describe.each(['src/main.ts', 'src/embed.ts'])('the modules %s loads', (entry) => {
  const modules = pageModules(entry);

  it('include the chart and the timeline file reader', () => {
    expect(modules).toContain('src/lib/components/TimelineChart.svelte');
    expect(modules).toContain('src/lib/formats/timelineFileChecker.ts');
  });

  it('leave out the tagger and the document readers, which run in the worker', () => {
    const heavy = [...modules].filter((m) => /^src\/lib\/extract\/(index|pipeline|parsers\/|refiners\/)|^src\/lib\/documents\/(parseDocument|documentDate|officeDocument|pdfDocument)\.ts$/.test(m));
    expect(heavy).toEqual([]);
  });
});
