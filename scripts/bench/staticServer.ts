import { createServer, type Server } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * A plain static server on 127.0.0.1 for the benchmark: `mounts` maps a URL prefix to a folder. Files are sent
 * uncompressed so that loading a large timeline measures the page, not the server's gzip, and streamed as a real static
 * server sends them: the first bytes leave before the last are read from disk.
 */
export async function serveStatic(mounts: Record<string, string>): Promise<{ url: string; server: Server }> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const prefix = prefixes.find((p) => path.startsWith(p));
    const relative = normalize(path.slice(prefix?.length ?? 0)).replace(/^(\.\.[/\\])+/, '');
    try {
      if (prefix === undefined) throw new Error('no mount');
      const file = join(mounts[prefix]!, relative.endsWith('/') || relative === '' || relative === '.' ? 'index.html' : relative);
      const { size } = await stat(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-length': size, 'cache-control': 'no-store' });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the benchmark server has no port');
  return { url: `http://127.0.0.1:${address.port}`, server };
}
