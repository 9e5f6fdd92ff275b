// npm run -s check -- [--json] [--html] FILE... (a FILE of - reads standard input)
import { parseArgs } from 'node:util';
import { analyze } from '../engine';
import { argError } from './arg-error';
import { InputError, STDIN, readInput } from './read-input';
import { jsonLine, textReport } from './report';

const USAGE = 'usage: npm run -s check -- [--json] [--html] FILE...';
const HELP = `${USAGE}
Checks saved pages for medical-insurance cash-out claims. .txt files are read as they are; .html
and .htm files are reduced to the text the extension reads on the page. - reads standard input
(HTML when it starts with <!doctype html>, <html>, <head> or <body>, otherwise text).
  --json   one JSON object per file per line
  --html   read every input as HTML`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        html: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    process.stderr.write(`check: ${argError(e as Error)}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (files.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (files.filter((f) => f === STDIN).length > 1) {
    process.stderr.write(`check: standard input (-) can be read only once\n${USAGE}\n`);
    return 2;
  }
  let failed = false;
  for (const file of files) {
    try {
      const text = await readInput(file, { html: values.html });
      const claims = analyze(text);
      process.stdout.write(`${values.json ? jsonLine(file, claims) : textReport(file, text, claims)}\n`);
    } catch (e) {
      failed = true;
      const reason = e instanceof InputError ? e.message : `internal error: ${(e as Error).message}`;
      process.stderr.write(`check: ${file}: ${reason}\n`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
