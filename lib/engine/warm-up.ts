// The engine sets up its tables on first use: the lexicon's trie, the classifier's weights, the
// word lists, the phrasings' pair index (prebuilt, laid out per entry), and the code a first
// reading runs. Together that is one long task (100 ms and more on a slow machine) where a page's
// first check would freeze it. A caller that can hand the thread back between steps (the content
// script) runs these one per task before its first analysis; any other caller need not: each step
// also happens by itself.
import { analyze } from './analyze';
import { featureNames } from './features';
import { classifier } from './model';
import { countNegators } from './stance';
import { nearestPhrasing } from './nearest';

/** A short text that reaches every table: a denial, a grant, an entry with phrasings. */
const SAMPLE = '医保卡里的钱不能取现，可以给家人用。';

/** The engine's first-use work, split into steps of a few tens of ms each. */
export const WARM_UP_STEPS: readonly (() => void)[] = [
  () => void featureNames(),
  () => void classifier(),
  () => void countNegators(SAMPLE, 0, SAMPLE.length),
  () => void nearestPhrasing(SAMPLE, 0, SAMPLE.length),
  () => void analyze(SAMPLE),
];
