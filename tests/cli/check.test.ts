import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, truncateSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonLine, lineCol } from '../../lib/cli/report';
import { analyze } from '../../lib/engine';

const root = join(__dirname, '..', '..');
let dir: string;

function check(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'lib/cli/check.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'check-'));
  writeFileSync(join(dir, 'page.txt'), '\uFEFF医保卡可以在ATM取现。\n医保卡里的钱不能取现。');
  writeFileSync(join(dir, 'page.html'), '<p>医保卡里的钱<b>可以</b>直接在ATM机取现。</p><script>医保卡不能取现</script>');
  writeFileSync(join(dir, 'binary.dat'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'huge.txt'), '');
  truncateSync(join(dir, 'huge.txt'), 50 * 1024 * 1024);
});

describe('check command', () => {
  it('prints one JSON object per file, in order, whose spans slice the file text', () => {
    const r = check('--json', join(dir, 'page.txt'), join(dir, 'page.html'));
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([join(dir, 'page.txt'), join(dir, 'page.html')]);
    const text = readFileSync(join(dir, 'page.txt'), 'utf8').replace(/^\uFEFF/, '');
    expect(lines[0].claims.map((c: { verdict: string }) => c.verdict)).toEqual(['misleading', 'accurate']);
    for (const c of lines[0].claims) expect(c.text).toBe(text.slice(c.start, c.end));
    expect(lines[1].claims).toHaveLength(1);
    expect(lines[1].claims[0].text).toBe('医保卡里的钱可以直接在ATM机取现');
  });

  it('reports each unusable file in one line and still checks the others', () => {
    const bad = ['missing.txt', '.', 'binary.dat', 'latin1.txt', 'empty.txt', 'huge.txt'].map((f) => join(dir, f));
    const r = check('--json', ...bad, join(dir, 'page.txt'));
    expect(r.code).toBe(1);
    const errors = r.err.trim().split('\n');
    expect(errors).toHaveLength(6);
    expect(errors[0]).toMatch(/missing\.txt: no such file$/);
    expect(errors[1]).toMatch(/is a directory$/);
    expect(errors[2]).toMatch(/binary/);
    expect(errors[3]).toMatch(/not valid UTF-8/);
    expect(errors[4]).toMatch(/empty/);
    expect(errors[5]).toMatch(/too large \(50\.0 MB/);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.out.trim().split('\n')).toHaveLength(1);
  });

  it('prints a readable report by default and a usage line without files', () => {
    const r = check(join(dir, 'page.txt'));
    expect(r.out).toContain('2 claims');
    expect(r.out).toContain('1:1');
    expect(r.out).toContain('国办发〔2021〕14号');
    const none = check();
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/usage/);
    expect(check('--bogus', 'x').code).toBe(2);
  });
});

describe('report helpers', () => {
  it('turns offsets into 1-based line and column', () => {
    expect(lineCol('ab\ncd\nef', 0)).toEqual([1, 1]);
    expect(lineCol('ab\ncd\nef', 4)).toEqual([2, 2]);
    expect(lineCol('ab\ncd\nef', 6)).toEqual([3, 1]);
  });

  it('writes exactly the contract fields, with the Chinese explanation', () => {
    const [claim] = analyze('医保卡可以在ATM取现。');
    const parsed = JSON.parse(jsonLine('f.txt', [claim!]));
    expect(Object.keys(parsed)).toEqual(['file', 'claims']);
    expect(Object.keys(parsed.claims[0])).toEqual(['start', 'end', 'text', 'verdict', 'entry', 'confidence', 'explanation', 'sources']);
    expect(parsed.claims[0].explanation).toBe(claim!.explanation.zh);
  });
});
