// Prebuilds everything derived: validated entries with resolved sources, fuse.js indexes, the
// traditional→simplified table, the browser's i18n catalogues, and the palettes as CSS custom
// properties: the extension pages' and the one lib/dom/highlight.css reads. Runs before every
// build and test.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRawDataset } from '../../lib/dataset/load';
import { validateDataset } from '../../lib/dataset/validate';
import { buildDataset } from '../../lib/dataset/build';
import { buildT2sTable } from './t2s';
import { writeLocales } from './build-locales';
import { claimPaletteCss, paletteCss } from '../../lib/verdict-palette';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'lib', 'generated');

try {
  const t2s = buildT2sTable();
  const simplified = new Map([...t2s.from].map((c, i) => [c, t2s.to[i]!]));
  const simplify = (text: string): string => [...text].map((c) => simplified.get(c) ?? c).join('');
  const built = buildDataset(validateDataset(readRawDataset(join(root, 'data'))), simplify);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'dataset.json'), JSON.stringify(built));
  writeFileSync(join(out, 't2s.json'), JSON.stringify(t2s));
  writeLocales(join(root, 'public'));
  writeFileSync(join(out, 'highlight-palette.css'), claimPaletteCss(':root'));
  writeFileSync(join(out, 'palette.css'), paletteCss(':root'));
  process.stdout.write(`build-index: ${built.entries.length} entries, ${built.phrasings.length} phrasings\n`);
} catch (e) {
  process.stderr.write(`build-index: ${(e as Error).message}\n`);
  process.exit(1);
}
