// Runs `npm run build:index` when lib/generated/ (gitignored) is missing or older than what it is
// built from, so check, eval and bench work on a fresh clone. Costs a few stat calls otherwise.
// The build's own output goes to stderr: the command's stdout stays the command's.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** What the engine imports. */
const OUTPUTS = ['lib/generated/dataset.json', 'lib/generated/t2s.json'];
/** What they are built from: the dataset, its loader and builder, the engine's index builders, and the locked dependencies (OpenCC's table). */
const INPUTS = [
  'data',
  'lib/dataset',
  'scripts/prebuild',
  ...['phrasing-index', 'pair-index', 'lexicon-trie', 'term-trie', 'packed-array', 'pattern-start'].map((name) => `lib/engine/${name}.ts`),
  'package-lock.json',
];

/** @return the newest modification time under path (0 when it does not exist) */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((t, name) => Math.max(t, newest(join(path, name))), stat.mtimeMs);
}

const built = Math.min(...OUTPUTS.map((o) => (existsSync(join(root, o)) ? statSync(join(root, o)).mtimeMs : -1)));
const source = Math.max(...INPUTS.map((i) => newest(join(root, i))));
if (built < source) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/prebuild/build-index.ts'], { cwd: root, stdio: ['ignore', 2, 2] });
  process.exit(r.status ?? 1);
}
