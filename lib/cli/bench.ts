// npm run bench: engine speed on a 10,000-character article, on 1 M characters of mixed text and
// on 1 M characters of claim-dense text, beside a naive baseline (fuse.js over every sentence). A benchmark, not a test: it prints
// medians and whether the targets are met, and exits 0 either way. It runs bundled by esbuild,
// as the extension's code runs bundled, from the project root.
import Fuse from 'fuse.js';
import { join } from 'node:path';
import { analyze } from '../engine';
import { dataset } from '../engine/dataset';
import { article, mixed, readCorpus } from './bench-inputs';
import { benchTable, targetLines, targets, timeMedian, type BenchRow } from './bench-stats';

/** Stands in for the dataset's phrasings should it hold none, so the baseline still has work to do. */
const FALLBACK_PHRASINGS = ['医保卡里的钱可以取现', '医保卡不能取现', '回收医保卡余额', '医保个人账户可以家庭共济', '出国定居可以一次性支取个人账户余额'];

/** The approach the engine replaces: every sentence searched against every phrasing. */
function naive(text: string, fuse: Fuse<string>): number {
  let found = 0;
  for (const sentence of text.split(/[。！？!?\n]/)) {
    if (sentence.trim() && fuse.search(sentence).length) found++;
  }
  return found;
}

const corpus = readCorpus(join(process.cwd(), 'tests', 'corpus'));
const tenK = article(corpus);
const oneM = mixed(corpus);
const dense = article(corpus, 1_000_000);
const phrasings = dataset.phrasings.length ? dataset.phrasings.map((p) => p.text) : FALLBACK_PHRASINGS;
const fuse = new Fuse(phrasings, { threshold: 0.4, ignoreLocation: true });
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

const SAMPLE = 50_000;
const rows: BenchRow[] = [
  {
    input: 'article',
    chars: tenK.length,
    bytes: bytes(tenK),
    // The JIT is still compiling after a handful of runs (it takes about a dozen): warm up longer.
    engineMs: timeMedian(() => analyze(tenK), 15, 25),
    baselineMs: timeMedian(() => naive(tenK, fuse), 3, 0),
    extrapolated: false,
  },
  {
    input: 'mixed',
    chars: oneM.length,
    bytes: bytes(oneM),
    engineMs: timeMedian(() => analyze(oneM), 7, 1),
    // Minutes for the whole input: timed on its first SAMPLE characters and scaled linearly.
    baselineMs: (timeMedian(() => naive(oneM.slice(0, SAMPLE), fuse), 3, 0) * oneM.length) / SAMPLE,
    extrapolated: true,
  },
];
rows.push({
  input: 'claim-dense',
  chars: dense.length,
  bytes: bytes(dense),
  engineMs: timeMedian(() => analyze(dense), 5, 1),
  // The article's text repeated: its baseline, scaled.
  baselineMs: (rows[0]!.baselineMs * dense.length) / tenK.length,
  extrapolated: true,
});

console.log(`engine: ${dataset.entries.length} entries; baseline: fuse.js (threshold 0.4, ignoreLocation) over ${phrasings.length} phrasings`);
console.log('medians: engine 15 runs (article), 7 runs (mixed) and 5 runs (claim-dense) after warm-up; baseline 3 runs\n');
console.log(benchTable(rows));
console.log(`* baseline extrapolated linearly: mixed from its first ${SAMPLE.toLocaleString('en-US')} characters, claim-dense from the article`);
console.log(`claims found: article ${analyze(tenK).length}, mixed ${analyze(oneM).length}, claim-dense ${analyze(dense).length}\n`);
console.log(targetLines(targets(rows[0]!, rows[1]!, rows[2])));
