/**
 * What the subcommands of scripts/cli.ts share: the command contract, exit codes, argument parsing and reading
 * documents from files and folders. Node only; the pure work happens in src/lib.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { DocumentFile } from '../../src/lib/documents/collectDocuments.ts';
import type { DocumentProblem } from '../../src/lib/documents/parseDocument.ts';

/** Where a command writes; the real process streams, or buffers in tests. */
export interface CliIO {
  readonly cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** A subcommand: scripts/cli/<name>.ts exports these. */
export interface CliCommand {
  /** One line for the command list. */
  readonly summary: string;
  readonly usage: string;
  run(args: readonly string[], io: CliIO): Promise<number>;
}

export const exitCodes = {
  ok: 0,
  /** Bad arguments: the usage is printed. */
  usage: 1,
  /** Nothing could be read (or the output could not be written). */
  nothing: 2,
} as const;

type Options = NonNullable<ParseArgsConfig['options']>;
type Values<T extends Options> = ReturnType<typeof parseArgs<{ options: T; allowPositionals: true }>>['values'];

export type ParsedArgs<T extends Options> =
  | { readonly ok: true; readonly values: Values<T>; readonly positionals: string[] }
  | { readonly ok: false; readonly message: string };

/** `node:util` parseArgs in strict mode, with its error turned into a message instead of a throw. */
export function parseCliArgs<T extends Options>(args: readonly string[], options: T): ParsedArgs<T> {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { ok: true, values, positionals };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Prints a command's mistake and its usage to stderr; gives the exit code for bad arguments. */
export function usageError(command: string, usage: string, message: string, io: CliIO): number {
  io.stderr(`${command}: ${message}\n\n${usage}`);
  return exitCodes.usage;
}

/**
 * The start every command shares: parse the arguments, answer --help with the usage, report a parse error.
 * Gives the parsed arguments to go on with, or the exit code to stop with.
 */
export function startCommand<T extends Options>(
  command: string,
  usage: string,
  args: readonly string[],
  options: T,
  io: CliIO,
): Extract<ParsedArgs<T>, { ok: true }> | number {
  const parsed = parseCliArgs(args, options);
  if (!parsed.ok) return usageError(command, usage, parsed.message, io);
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout(usage);
    return exitCodes.ok;
  }
  return parsed;
}

export interface ReadFiles {
  readonly files: DocumentFile[];
  readonly problems: DocumentProblem[];
}

/**
 * The files named on the command line, and every file under the folders named there (hidden files and folders
 * skipped, as the app's seeds folder does). A file is named by its base name, a file found in a folder by its path
 * inside that folder; a path that cannot be read becomes a problem.
 */
export function readDocumentFiles(paths: readonly string[], cwd: string): ReadFiles {
  const files: DocumentFile[] = [];
  const problems: DocumentProblem[] = [];
  const add = (path: string, name: string) => {
    try {
      files.push({ name, bytes: new Uint8Array(readFileSync(path)) });
    } catch (error) {
      problems.push({ name, message: `${name}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
    }
  };
  for (const given of paths) {
    const path = resolve(cwd, given);
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      problems.push({ name: given, message: `${given}: no such file or folder` });
      continue;
    }
    if (!isFolder) {
      add(path, basename(path));
      continue;
    }
    const found = walk(path);
    if (found.length === 0) problems.push({ name: given, message: `${given}: the folder has no files` });
    for (const file of found) add(file, relative(path, file).split(sep).join('/'));
  }
  return { files, problems };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** Writes to `--out` when given, else to standard output; false (after saying why on stderr) if the file cannot be written. */
export function writeOutput(text: string, out: string | undefined, io: CliIO): boolean {
  if (out === undefined) {
    io.stdout(text);
    return true;
  }
  try {
    writeFileSync(resolve(io.cwd, out), text);
    return true;
  } catch (error) {
    io.stderr(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    return false;
  }
}
