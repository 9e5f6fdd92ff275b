// Part of npm test: runs ../shared/tools/heldout-guard.mjs over tests/ when the shared tools sit
// beside the project, so no page of the independent held-out set enters the project's tests.
// Without ../shared it says it skipped and passes. Outside a git checkout it checks all of tests/.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const guard = join(root, '..', 'shared', 'tools', 'heldout-guard.mjs');
if (!existsSync(guard)) {
  console.log('heldout-guard: skipped, ../shared/tools/heldout-guard.mjs not found (tests/ not checked against the held-out set)');
  process.exit(0);
}
// The files of tests/ the project holds (tracked, or new and not ignored): pages the end-to-end
// tests generate from them (tests/e2e/pages/generated, ignored) are build output, not pages.
const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'tests'], { cwd: root, encoding: 'utf8' });
let dir = 'tests';
let copy = null;
if (listed.status === 0) {
  copy = mkdtempSync(join(tmpdir(), 'yibao-guard-'));
  for (const file of listed.stdout.split('\n').filter(Boolean)) {
    if (existsSync(join(root, file))) cpSync(join(root, file), join(copy, file));
  }
  dir = join(copy, 'tests');
}
const r = spawnSync(process.execPath, [guard, dir], { cwd: root, stdio: 'inherit' });
if (copy) rmSync(copy, { recursive: true, force: true });
process.exit(r.status ?? 1);
