/**
 * The command line: `npx tsx scripts/cli.ts COMMAND [ARGS...]` (or `npm run --silent cli -- COMMAND ...`).
 * Every module scripts/cli/<command>.ts that exports `summary`, `usage` and `run` (see cli/shared.ts) is a
 * subcommand, so a new one is a new file and needs no edit here.
 */
import { existsSync, readdirSync } from 'node:fs';
import { exitCodes, type CliCommand, type CliIO } from './cli/shared.ts';

const commandsDir = new URL('./cli/', import.meta.url);
/** Modules in cli/ that are helpers, not commands. */
const helpers = new Set(['shared']);

function commandNames(): string[] {
  return readdirSync(commandsDir)
    .filter((f) => /^[a-z][a-z0-9-]*\.ts$/.test(f))
    .map((f) => f.slice(0, -3))
    .filter((name) => !helpers.has(name))
    .sort();
}

async function loadCommand(name: string): Promise<CliCommand | undefined> {
  if (!commandNames().includes(name)) return undefined;
  const url = new URL(`${name}.ts`, commandsDir);
  if (!existsSync(url)) return undefined;
  const module = (await import(url.href)) as Partial<CliCommand>;
  return typeof module.run === 'function' && typeof module.summary === 'string' && typeof module.usage === 'string'
    ? (module as CliCommand)
    : undefined;
}

async function usage(): Promise<string> {
  const lines = ['usage: cli COMMAND [ARGS...]', '', 'commands:'];
  for (const name of commandNames()) {
    const command = await loadCommand(name);
    if (command) lines.push(`  ${name.padEnd(10)} ${command.summary}`);
  }
  lines.push('', 'cli COMMAND --help shows the options of a command.', '');
  return lines.join('\n');
}

async function main(args: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined) {
    io.stderr(await usage());
    return exitCodes.usage;
  }
  if (name === 'help' || name === '--help' || name === '-h') {
    io.stdout(await usage());
    return exitCodes.ok;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.stderr(`unknown command "${name}"\n\n${await usage()}`);
    return exitCodes.usage;
  }
  return command.run(rest, io);
}

const io: CliIO = {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};
// exitCode rather than exit(): a large output piped to another program is flushed before the process ends.
process.exitCode = await main(process.argv.slice(2), io);
