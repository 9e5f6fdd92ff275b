// npm run -s check -- [--json] FILE...
import { analyze } from '../engine';
import { InputError, readInput } from './read-input';
import { jsonLine, textReport } from './report';

const USAGE = 'usage: npm run -s check -- [--json] FILE...';

function main(argv: string[]): number {
  const files: string[] = [];
  let json = false;
  for (const arg of argv) {
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\nChecks saved pages (.txt as is, .html reduced to its visible text) for medical-insurance cash-out claims.\n`);
      return 0;
    } else if (arg.startsWith('-') && arg !== '-') {
      process.stderr.write(`check: unknown option ${arg}\n${USAGE}\n`);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let failed = false;
  for (const file of files) {
    try {
      const text = readInput(file);
      const claims = analyze(text);
      process.stdout.write(`${json ? jsonLine(file, claims) : textReport(file, text, claims)}\n`);
    } catch (e) {
      failed = true;
      const reason = e instanceof InputError ? e.message : `internal error: ${(e as Error).message}`;
      process.stderr.write(`check: ${file}: ${reason}\n`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
