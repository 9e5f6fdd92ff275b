// Reading a command's arguments, its help and its usage errors, in one wording across the CLI
// commands: --help prints the help and exits 0; a bad argument prints `COMMAND: reason` and the
// usage line on stderr and exits 2.
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What a command says of itself. */
export interface CommandText {
  /** Its name, the first word of each error line. */
  name: string;
  /** The one-line usage printed under an error. */
  usage: string;
  /** The usage line and what each option does, for --help. */
  help: string;
}

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>;

const HELP_OPTION = { help: { type: 'boolean', short: 'h', default: false } } as const;

/** @return node:util parseArgs's error as a short reason ("Unknown option '--x'. To specify…" → "unknown option --x") */
function argError(e: Error): string {
  const unknown = /^Unknown option '([^']+)'/.exec(e.message);
  if (unknown) return `unknown option ${unknown[1]}`;
  return e.message.split(/\.\s/)[0]!.replace(/\.$/, '');
}

/** Prints `reason` (when given) and the usage line on stderr. @return 2, the exit code for bad arguments */
export function usageError(command: CommandText, reason?: string): number {
  process.stderr.write(`${reason === undefined ? '' : `${command.name}: ${reason}\n`}${command.usage}\n`);
  return 2;
}

/**
 * Parses `argv` with `options` and -h/--help (positionals allowed).
 * @return the options' values and the positionals; or, once the help or a usage error is
 *   printed, the exit code
 */
export function readCommandLine<O extends Options>(argv: string[], options: O, command: CommandText): Parsed<O> | number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...options, ...HELP_OPTION } });
  } catch (e) {
    return usageError(command, argError(e as Error));
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(`${command.help}\n`);
    return 0;
  }
  return parsed as unknown as Parsed<O>;
}
