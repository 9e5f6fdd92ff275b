// npm run -s check -- [--json | --claimreview [--url URL]] [--html] FILE... (a FILE of - reads standard input)
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../engine';
import { claimReviewJson, claimReviews, isoDate, type ClaimReview } from '../claimreview';
import { readCommandLine, usageError, type CommandText } from './command-line';
import { InputError, STDIN, readInput } from './read-input';
import { jsonLine, textReport } from './report';

const USAGE = 'usage: npm run -s check -- [--json | --claimreview [--url URL]] [--html] FILE...';
const HELP = `${USAGE}
Checks saved pages for medical-insurance cash-out claims. .txt files are read as they are; .html
and .htm files are reduced to the text the extension reads on the page. - reads standard input
(HTML when it starts with <!doctype html>, <html>, <head> or <body>, otherwise text).
  --json         one JSON object per file per line
  --claimreview  the verdicts as one JSON-LD array of schema.org ClaimReview objects, one per
                 claim; each names its page by the file's file: URL
  --url URL      with --claimreview and one FILE: the page's address instead (needed for -)
  --html         read every input as HTML`;

const COMMAND: CommandText = { name: 'check', usage: USAGE, help: HELP };

const OPTIONS = {
  json: { type: 'boolean', default: false },
  html: { type: 'boolean', default: false },
  claimreview: { type: 'boolean', default: false },
  url: { type: 'string' },
} as const;

async function main(argv: string[]): Promise<number> {
  const parsed = readCommandLine(argv, OPTIONS, COMMAND);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals: files } = parsed;
  if (files.length === 0) return usageError(COMMAND);
  if (files.filter((f) => f === STDIN).length > 1) return usageError(COMMAND, 'standard input (-) can be read only once');
  const claimReviewError = claimReviewUsage(values, files);
  if (claimReviewError) return usageError(COMMAND, claimReviewError);
  let failed = false;
  const reviews: ClaimReview[] = [];
  const datePublished = isoDate();
  for (const file of files) {
    try {
      const text = await readInput(file, { html: values.html });
      const claims = analyze(text);
      if (values.claimreview) reviews.push(...claimReviews(claims, { url: values.url ?? pathToFileURL(resolve(file)).href, datePublished }));
      else process.stdout.write(`${values.json ? jsonLine(file, claims) : textReport(file, text, claims)}\n`);
    } catch (e) {
      failed = true;
      const reason = e instanceof InputError ? e.message : `internal error: ${(e as Error).message}`;
      process.stderr.write(`check: ${file}: ${reason}\n`);
    }
  }
  // One JSON document for all the files, printed even when some could not be read.
  if (values.claimreview) process.stdout.write(`${claimReviewJson(reviews)}\n`);
  return failed ? 1 : 0;
}

/** @return why --claimreview and --url do not fit the other arguments, or null when they do */
function claimReviewUsage(values: { json: boolean; claimreview: boolean; url?: string }, files: string[]): string | null {
  if (values.claimreview && values.json) return '--claimreview and --json cannot be combined';
  if (values.url === undefined) return values.claimreview && files.includes(STDIN) ? '--claimreview on standard input (-) needs --url' : null;
  if (!values.claimreview) return '--url needs --claimreview';
  if (files.length > 1) return '--url gives the address of one FILE';
  return URL.canParse(values.url) ? null : `--url: not an address: ${values.url}`;
}

process.exitCode = await main(process.argv.slice(2));
