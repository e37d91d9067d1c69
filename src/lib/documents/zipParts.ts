/**
 * The XML parts of a ZIP archive (a Word, OpenDocument or Excel file) that a reader asks for, as token lists. Parts
 * that would unpack past a limit are refused before they are unpacked: a small archive can unpack to gigabytes.
 */
import { unzipSync } from 'fflate';
import { tokenizeHtml, type HtmlToken } from './tokenizeHtml.ts';

/** Unpacked size allowed for one part. */
export const maxPartBytes = 64 * 1024 * 1024;

export type ZipParts =
  | { readonly ok: true; readonly has: (path: string) => boolean; readonly part: (path: string) => HtmlToken[] | undefined }
  | { readonly ok: false; readonly damaged: string }
  | { readonly ok: false; readonly tooLarge: true };

/** The parts whose paths `wanted` accepts; `part(path)` tokenizes one (undefined when the archive lacks it), each call anew. */
export function zipParts(bytes: Uint8Array, wanted: (path: string) => boolean): ZipParts {
  let files: Record<string, Uint8Array>;
  let tooLarge = false;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted(file.name)) return false;
        if (file.originalSize > maxPartBytes) tooLarge = true;
        return !tooLarge;
      },
    });
  } catch (error) {
    return { ok: false, damaged: error instanceof Error ? error.message : String(error) };
  }
  if (tooLarge) return { ok: false, tooLarge: true };
  return {
    ok: true,
    has: (path) => files[path] !== undefined,
    part: (path) => (files[path] ? tokenizeHtml(new TextDecoder('utf-8').decode(files[path])) : undefined),
  };
}
