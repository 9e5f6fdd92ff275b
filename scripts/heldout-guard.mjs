// Part of npm test: runs ../shared/tools/heldout-guard.mjs over tests/ when the shared tools sit
// beside the project, so no page of the independent held-out set enters the project's tests.
// Without ../shared it says it skipped and passes.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const guard = join(root, '..', 'shared', 'tools', 'heldout-guard.mjs');
if (!existsSync(guard)) {
  console.log('heldout-guard: skipped, ../shared/tools/heldout-guard.mjs not found (tests/ not checked against the held-out set)');
  process.exit(0);
}
const r = spawnSync(process.execPath, [guard, 'tests'], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
