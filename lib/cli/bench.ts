// npm run bench: engine speed on a 10,000-character article and on 1 MB of mixed text, beside
// a naive baseline (fuse.js over every sentence). A benchmark, not a test: it prints medians.
// It runs bundled by esbuild, as the extension's code runs bundled, from the project root.
import Fuse from 'fuse.js';
import { join } from 'node:path';
import { analyze } from '../engine';
import { dataset } from '../engine/dataset';
import { article, mixed, readCorpus } from './bench-inputs';
import type { PhrasingRecord } from '../dataset/types';

const root = process.cwd();

function median(runs: number, f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** The approach the engine replaces: every sentence searched against every phrasing. */
function naive(text: string, fuse: Fuse<PhrasingRecord>): number {
  let found = 0;
  for (const sentence of text.split(/[。！？!?\n]/)) {
    if (sentence.trim() && fuse.search(sentence).length) found++;
  }
  return found;
}

const corpus = readCorpus(join(root, 'tests', 'corpus'));
const tenK = article(corpus);
const oneMB = mixed(corpus);
const fuse = new Fuse(dataset.phrasings, { keys: ['text'], threshold: 0.4, ignoreLocation: true });

for (let i = 0; i < 5; i++) analyze(tenK); // warm-up: JIT and lazily built tables
const engine10k = median(21, () => analyze(tenK));
const engine1MB = median(7, () => analyze(oneMB));
const naive10k = median(3, () => naive(tenK, fuse));
const SAMPLE = 50_000;
const naiveSample = median(3, () => naive(oneMB.slice(0, SAMPLE), fuse));
const naive1MB = naiveSample * (oneMB.length / SAMPLE);

const row = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(22) : c.padStart(14))).join('');
const ms = (x: number): string => `${x.toFixed(2)} ms`;
console.log(`engine: ${dataset.entries.length} entries, ${dataset.phrasings.length} phrasings; medians`);
console.log(row(['input', 'engine', 'naive fuse.js', 'ratio']));
console.log(row([`article ${tenK.length} chars`, ms(engine10k), ms(naive10k), `${(naive10k / engine10k).toFixed(0)}×`]));
console.log(row([`mixed ${(oneMB.length / 1e6).toFixed(1)} M chars`, ms(engine1MB), `${ms(naive1MB)}*`, `${(naive1MB / engine1MB).toFixed(0)}×`]));
console.log(`claims found: article ${analyze(tenK).length}, mixed ${analyze(oneMB).length}`);
console.log(`* naive 1 MB extrapolated from the first ${SAMPLE / 1000}k characters`);
console.log('targets: ≤ 5 ms per 10k article, ≤ 100 ms per MB, ≥ 20× faster than the naive baseline');
