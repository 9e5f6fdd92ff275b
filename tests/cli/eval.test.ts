import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { details, pageTable, summaryLine, verdictTables } from '../../lib/cli/eval-report';
import { locate, scorePage, totals, type Prediction } from '../../lib/cli/score';
import { partOf } from '../../lib/cli/score-dir';

const root = join(__dirname, '..', '..');

function evalCmd(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'lib/cli/eval.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const SUMMARY = /^recall \d\.\d\d precision \d\.\d\d verdict-accuracy \d\.\d\d macro-F1 \d\.\d\d near-miss-claims \d+$/;

describe('eval report', () => {
  const text = '第一行。\n医保卡可以在ATM取现。医保卡不能取现。\n出国定居可以一次性支取。';
  const labels = locate(text, [
    { quote: '医保卡可以在ATM取现', verdict: 'misleading', why: 'no ATM cash-out' },
    { quote: '医保卡不能取现', verdict: 'accurate' },
    { quote: '出国定居可以一次性支取', verdict: 'region-dependent' },
  ]);
  const at = (quote: string, verdict: Prediction['verdict'], entry: string): Prediction => {
    const start = text.indexOf(quote);
    return { start, end: start + quote.length, text: quote, verdict, entry, stance: 'affirm', confidence: 0.7 };
  };
  const page = scorePage('a.txt', labels, [at('ATM取现', 'accurate', 'atm'), at('第一行', 'misleading', 'cash')]);
  const near = scorePage('n.txt', null, []);

  it('lists each missed label, wrong verdict and false positive with its line:column', () => {
    const lines = details([page, near], new Map([['a.txt', text]])).split('\n');
    expect(lines[0]).toBe('a.txt');
    const missed = lines.filter((l) => l.includes('MISSED'));
    expect(missed.map((l) => l.trim().split(/\s+/).slice(0, 3))).toEqual([
      ['MISSED', '2:13', 'expected'],
      ['MISSED', '3:1', 'expected'],
    ]);
    const wrong = lines.findIndex((l) => l.includes('WRONG'));
    expect(lines[wrong]).toContain('2:1');
    expect(lines[wrong]).toContain('expected misleading — no ATM cash-out; got accurate atm affirm 0.70');
    expect(lines[wrong + 1]).toContain('label 「医保卡可以在ATM取现」');
    expect(lines[wrong + 2]).toContain('claim 「ATM取现」');
    const fp = lines.findIndex((l) => l.includes('FP'));
    expect(lines[fp]).toContain('1:1  got misleading cash');
    expect(lines[fp + 1]).toContain('「第一行」');
    expect(details([near], new Map())).toMatch(/^no missed labels/);
  });

  it('prints the per-page table, the per-verdict tables and the summary line', () => {
    const table = pageTable([page, near]).split('\n');
    expect(table[0]!.split(/\s+/)).toEqual(['page', 'labels', 'predicted', 'TP', 'FP', 'missed', 'wrong-verdict']);
    expect(table[1]!.split(/\s+/)).toEqual(['a.txt', '3', '2', '1', '1', '2', '1']);
    expect(table[2]!.split(/\s+/)).toEqual(['n.txt', '(near-miss)', '0', '0', '0', '0', '0', '0']);
    const t = totals([page, near]);
    expect(summaryLine(t)).toBe('recall 0.33 precision 0.50 verdict-accuracy 0.00 macro-F1 0.00 near-miss-claims 0');
    const tables = verdictTables([page, near].flatMap((p) => p.pairs));
    expect(tables).toMatch(/^misleading\s+0\s+1\s+1\s+0\.00$/m);
    // Columns: accurate, misleading, none (only verdicts that occur); the FP predicted misleading.
    expect(tables).toMatch(/^none\s+0\s+1\s+0$/m);
  });
});

describe('partOf', () => {
  it('puts pages whose number is a multiple of 4 in the check part, the rest and unnumbered names in the tune part', () => {
    expect(['c004-x.txt', 'n104-y.txt', 'c008.txt', '000_ab.txt', '004_cd.txt', '104_qa_forum.txt', 'c100'].map(partOf)).toEqual(Array(7).fill('check'));
    expect(['c001-x.txt', 'n105-y.txt', '001_ab.txt', '101_official.txt', 'c014', 'notes.txt', 'x004.txt', ''].map(partOf)).toEqual(Array(8).fill('tune'));
  });
});

// Each case starts the command at least once: seconds on a busy 2-core machine.
describe('eval command', { timeout: 30_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'eval-'));
    for (const set of ['good', 'bad', 'orphan', 'parts']) {
      mkdirSync(join(dir, set, 'pages'), { recursive: true });
      mkdirSync(join(dir, set, 'labels'), { recursive: true });
    }
    const page = '医保卡里的钱可以在ATM机取现。\n医保个人账户资金不能直接提取现金。\n';
    writeFileSync(join(dir, 'good/pages/a.txt'), page);
    writeFileSync(
      join(dir, 'good/labels/a.txt.json'),
      JSON.stringify({ page: 'a.txt', claims: [{ quote: '医保卡里的钱可以在ATM机取现', verdict: 'misleading' }, { quote: '医保个人账户资金不能直接提取现金', verdict: 'accurate' }] }),
    );
    writeFileSync(join(dir, 'good/pages/b.txt'), '住房公积金离职后可以提取，审核通过后转入本人银行卡。\n');
    writeFileSync(join(dir, 'bad/pages/a.txt'), page);
    writeFileSync(
      join(dir, 'bad/labels/a.txt.json'),
      JSON.stringify({ page: 'a.txt', claims: [{ quote: '不在页面里', verdict: 'accurate' }, { quote: '也不在', verdict: 'misleading' }] }),
    );
    writeFileSync(join(dir, 'orphan/pages/a.txt'), page);
    writeFileSync(join(dir, 'orphan/labels/gone.txt.json'), '{"claims": []}');
    // c004 and n104 are check pages, the rest tune pages; c008's label is bad, so scoring it fails.
    for (const name of ['c001-a.txt', 'c004-b.txt', 'c008-c.txt', 'n104-d.txt', 'n105-e.txt', 'notes.txt']) writeFileSync(join(dir, 'parts/pages', name), page);
    for (const name of ['c001-a.txt', 'c004-b.txt']) writeFileSync(join(dir, `parts/labels/${name}.json`), JSON.stringify({ claims: [{ quote: '医保卡里的钱可以在ATM机取现', verdict: 'misleading' }] }));
    writeFileSync(join(dir, 'parts/labels/c008-c.txt.json'), JSON.stringify({ claims: [{ quote: '不在页面里', verdict: 'accurate' }] }));
  });

  it('prints the per-page table and the summary as the last line, exit 0', () => {
    const r = evalCmd(join(dir, 'good/pages'), join(dir, 'good/labels'));
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toMatch(/^page\s+labels\s+predicted\s+TP\s+FP\s+missed\s+wrong-verdict$/);
    expect(lines[1]).toMatch(/^a\.txt\s+2\s/);
    expect(lines[2]).toMatch(/^b\.txt \(near-miss\)\s+0\s/);
    expect(lines.at(-1)).toMatch(SUMMARY);
  });

  it('gives the same figures as JSON', () => {
    const r = evalCmd('--json', join(dir, 'good/pages'), join(dir, 'good/labels'));
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.labels).toBe(2);
    expect(j.pages.map((p: { page: string; labelled: boolean }) => [p.page, p.labelled])).toEqual([
      ['a.txt', true],
      ['b.txt', false],
    ]);
    for (const k of ['recall', 'precision', 'verdictAccuracy', 'macroF1']) expect(j[k]).toBeGreaterThanOrEqual(0);
    expect(Array.isArray(j.perVerdict)).toBe(true);
  });

  it('reports every quote not found, and a label file without its page, with exit 2', () => {
    const bad = evalCmd(join(dir, 'bad/pages'), join(dir, 'bad/labels'));
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    expect(bad.err).toContain('claim 1: quote not found in page: "不在页面里"');
    expect(bad.err).toContain('claim 2: quote not found in page: "也不在"');
    const orphan = evalCmd(join(dir, 'orphan/pages'), join(dir, 'orphan/labels'));
    expect(orphan.code).toBe(2);
    expect(orphan.err).toMatch(/gone\.txt\.json: no page gone\.txt/);
  });

  it('scores only the pages of the part asked for', () => {
    const pages = (part: string) => {
      const r = evalCmd('--json', '--part', part, join(dir, 'parts/pages'), join(dir, 'parts/labels'));
      return { code: r.code, err: r.err, pages: r.code === 0 ? (JSON.parse(r.out).pages as { page: string }[]).map((p) => p.page) : null };
    };
    expect(pages('tune')).toEqual({ code: 0, err: '', pages: ['c001-a.txt', 'n105-e.txt', 'notes.txt'] });
    // The check part holds c008, whose label is bad; the tune part never reads it.
    const check = pages('check');
    expect(check.code).toBe(2);
    expect(check.err).toMatch(/c008-c\.txt\.json: claim 1: quote not found/);
    expect(pages('all').code).toBe(2);
    const text = evalCmd('--part=tune', join(dir, 'parts/pages'), join(dir, 'parts/labels'));
    expect(text.out).toMatch(/^tune part: labels 1, predicted \d+ on labelled pages, 2 near-miss pages$/m);
    const bad = evalCmd('--part', 'held-out', join(dir, 'good/pages'), join(dir, 'good/labels'));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^eval: --part must be one of tune, check, all, got held-out\n/);
  });

  it('exits 2 on bad arguments and unreadable directories, without a stack trace', () => {
    for (const args of [[], [join(dir, 'good/pages')], ['--nope', 'a', 'b'], [join(dir, 'none'), join(dir, 'good/labels')], [join(dir, 'good/pages/a.txt'), join(dir, 'good/labels')]]) {
      const r = evalCmd(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(/^eval: /);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });
});
