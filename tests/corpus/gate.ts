// Scores one page set as `npm run eval` does and holds its figures to their floors in gate.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { analyze } from '../../lib/engine';
import { summaryLine } from '../../lib/cli/eval-report';
import { totals, type Totals } from '../../lib/cli/score';
import { scoreDir, type Part } from '../../lib/cli/score-dir';

type Figure = 'recall' | 'precision' | 'verdictAccuracy' | 'macroF1';
const FIGURES: readonly Figure[] = ['recall', 'precision', 'verdictAccuracy', 'macroF1'];
type Gate = Record<Figure, number> & { maxNearMissClaims: number };

export interface CorpusSet {
  /** Its key in gate.json. */
  name: string;
  /** A folder holding pages/ and labels/. */
  dir: string;
  part: Part;
}

const gates = JSON.parse(readFileSync(join(__dirname, 'gate.json'), 'utf8')) as Record<string, Gate>;

/** One test: the set's figures at or above their floors, its near-miss pages under their ceiling. */
export function gateTest(set: CorpusSet): void {
  const gate = gates[set.name];
  if (!gate) throw new Error(`tests/corpus/gate.json has no floors for ${set.name}`);
  const title = `${set.name}: ${FIGURES.map((f) => `${f} ≥ ${gate[f]}`).join(', ')}, near-miss claims ≤ ${gate.maxNearMissClaims}`;
  it(title, async () => {
    const { pages, problems } = await scoreDir(join(set.dir, 'pages'), join(set.dir, 'labels'), { part: set.part, analyze });
    expect(problems, 'pages or labels that cannot be scored').toEqual([]);
    expect(pages.length, `${set.dir} holds no pages`).toBeGreaterThan(0);
    const t: Totals = totals(pages);
    console.log(`corpus gate ${set.name} (${pages.length} pages, ${t.labels} labels): ${summaryLine(t)}`);
    for (const f of FIGURES) expect(t[f], `${set.name} ${f} ${t[f].toFixed(3)} is below its floor ${gate[f]} in tests/corpus/gate.json`).toBeGreaterThanOrEqual(gate[f]);
    expect(t.nearMissClaims, `${set.name}: claims on near-miss pages`).toBeLessThanOrEqual(gate.maxNearMissClaims);
  }, 60_000);
}
