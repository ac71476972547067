// `chuhai`: the instructor's and grader's command (DESIGN.md §1, §7). Dispatches to
// one module per command. Commands are imported only when run, so `chuhai --help`
// does not pay for loading the engine.
import { parseArgs, type CommandSpec, type Parsed } from './args';
import { UsageError, reportError, say } from './output';

export interface Command {
  spec: CommandSpec;
  help: string;
  /** Resolves to the exit code (DESIGN.md §7: 0 success, 1 input wrong or check failed). */
  execute(args: Parsed): Promise<number> | number;
}

const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./validate')).command,
  run: async () => (await import('./run')).command,
  replay: async () => (await import('./replay')).command,
  report: async () => (await import('./report')).command,
  grade: async () => (await import('./grade')).command,
  simulate: async () => (await import('./simulate')).command,
};

const HELP = `chuhai — 出海 Chuhai, the cross-border e-commerce simulation, from a terminal

Usage: chuhai COMMAND [options]      (chuhai COMMAND --help for each)

Commands:
  validate FILE…                          check scenario files; one line per problem
  run SCENARIO --out RUN [options]        play a whole run headlessly and write its run file
  replay RUN [--scenario SCENARIO]        replay a run file and verify every turn's hash
  report RUN [--scenario SCENARIO]        per-turn KPIs and the final score (--json)
  grade DIR_OR_FILES… --scenario SCENARIO --out grades.csv
                                          replay and score every run file into a CSV
  simulate SCENARIO --bot NAME[,NAME…] --runs N
                                          score spread of bots over N seeds

SCENARIO is a scenario file, or the id of a shipped scenario (e.g. tutorial).

Options for every command:
  --help     show the command's help
  --debug    show the stack trace of an error

Exit codes: 0 success, 1 an input is wrong or a check failed, 2 usage error.
`;

export async function main(argv: readonly string[]): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const [name, ...rest] = argv;
    if (name === undefined) throw new UsageError('missing command');
    if (name === '--help' || name === '-h') { process.stdout.write(HELP); return 0; }
    if (name === 'help') return await helpFor(rest[0]);
    if (name === '--version') { say(await version()); return 0; }
    if (name === '--debug' && rest.length === 0) throw new UsageError('missing command');
    const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!load) {
      throw new UsageError(name.startsWith('-') ? `options come after the command: chuhai COMMAND ${name}` : `unknown command "${name}"`);
    }
    const command = await load();
    const args = parseArgs(rest, command.spec);
    if (args.booleans.has('help')) { process.stdout.write(command.help); return 0; }
    return await command.execute(args);
  } catch (err) {
    return reportError(err, debug);
  }
}

async function helpFor(name: string | undefined): Promise<number> {
  if (name === undefined) { process.stdout.write(HELP); return 0; }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) throw new UsageError(`unknown command "${name}"`);
  process.stdout.write((await load()).help);
  return 0;
}

async function version(): Promise<string> {
  const { readFileSync } = await import('node:fs');
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  const { RULES_VERSION } = await import('../engine');
  return `chuhai ${pkg.version} (rules version ${RULES_VERSION})`;
}

/** The process around `main`: what bin.mjs calls. */
export async function runCli(argv: readonly string[]): Promise<void> {
  // `chuhai report | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  // Set, not process.exit(): exiting at once could cut off output still being written to a pipe.
  process.exitCode = await main(argv);
}
