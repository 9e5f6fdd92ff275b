import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const copies: string[] = [];
// rmSync removes the node_modules link, not what it points to.
afterAll(() => copies.forEach((c) => rmSync(c, { recursive: true, force: true })));

describe('scripts/ensure-index.mjs (run by npm run check, eval and bench)', () => {
  it('builds lib/generated on a copy without it, then only when data/ is newer, never writing to stdout', () => {
    // A copy of what a fresh clone has: no lib/generated.
    const copy = mkdtempSync(join(tmpdir(), 'fresh-'));
    copies.push(copy);
    for (const part of ['data', 'lib', 'scripts', 'package.json', 'package-lock.json']) {
      cpSync(join(root, part), join(copy, part), { recursive: true, filter: (src) => !src.startsWith(join(root, 'lib', 'generated')) });
    }
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const dataset = join(copy, 'lib', 'generated', 'dataset.json');
    expect(existsSync(dataset)).toBe(false);
    const ensure = () => spawnSync(process.execPath, [join(copy, 'scripts', 'ensure-index.mjs')], { cwd: copy, encoding: 'utf8' });

    const first = ensure();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toMatch(/^build-index: \d+ entries/);
    const built = statSync(dataset).mtimeMs;

    // Up to date: nothing runs.
    expect(ensure()).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(statSync(dataset).mtimeMs).toBe(built);

    // The check command then works on the copy.
    writeFileSync(join(copy, 'page.txt'), '医保个人账户的钱不能取现。');
    const check = spawnSync(process.execPath, ['--import', 'tsx', join(copy, 'lib/cli/check.ts'), '--json', 'page.txt'], { cwd: copy, encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    expect(JSON.parse(check.stdout).claims.length).toBeGreaterThan(0);

    // An edited entry file is newer than the index: it is rebuilt.
    const entries = join(copy, 'data', 'entries');
    const later = new Date(built + 60_000);
    utimesSync(join(entries, readdirSync(entries)[0]!), later, later);
    expect(ensure()).toMatchObject({ status: 0, stdout: '' });
    expect(statSync(dataset).mtimeMs).toBeGreaterThan(built);
  }, 120_000);
});
