import { describe, expect, it, beforeAll } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { details, pageTable, summaryLine, verdictTables } from '../../lib/cli/eval-report';
import { locate, scorePage, totals, type Prediction } from '../../lib/cli/score';
import { partOf } from '../../lib/cli/score-dir';
import { analyze } from '../../lib/engine';
import { runCli } from '../fixtures/cli';

const evalCmd = (...args: string[]) => runCli('eval', args);

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

// The pages of `good`, each sentence a known outcome, so the figures are known by construction:
// the engine's claims (checked first) against labels made to give one correct verdict, one wrong
// verdict, one missed label and one false positive on the labelled page, one more on a near-miss page.
const ATM = '医保卡里的钱可以在ATM机取现'; // misleading, labelled so: correct
const ACCOUNT = '医保个人账户资金不能直接提取现金'; // accurate, labelled illegal: wrong verdict
const BUY = '收医保卡，现金回收医保卡余额，八折回收'; // illegal, not labelled: false positive
const WEATHER = '今天天气很好'; // no claim, labelled accurate: missed
const HOUSING = '住房公积金离职后可以提取，审核通过后转入本人银行卡'; // other money: no claim
const GOOD = {
  'a.txt': `${ATM}。\n${ACCOUNT}。\n${BUY}。\n${WEATHER}。\n`,
  'b.txt': `${BUY}。\n`,
  'c.txt': `${HOUSING}。\n`,
};
const GOOD_LABELS = {
  claims: [
    { quote: ATM, verdict: 'misleading' },
    { quote: ACCOUNT, verdict: 'illegal' },
    { quote: WEATHER, verdict: 'accurate' },
  ],
};

// Each case starts the command at least once: seconds on a busy 2-core machine.
describe('eval command', { timeout: 30_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'eval-'));
    for (const set of ['good', 'bad', 'orphan', 'parts']) {
      mkdirSync(join(dir, set, 'pages'), { recursive: true });
      mkdirSync(join(dir, set, 'labels'), { recursive: true });
    }
    for (const [name, text] of Object.entries(GOOD)) writeFileSync(join(dir, 'good/pages', name), text);
    writeFileSync(join(dir, 'good/labels/a.txt.json'), JSON.stringify({ page: 'a.txt', ...GOOD_LABELS }));
    const page = `${ATM}。\n${ACCOUNT}。\n`;
    writeFileSync(join(dir, 'bad/pages/a.txt'), page);
    writeFileSync(
      join(dir, 'bad/labels/a.txt.json'),
      JSON.stringify({ page: 'a.txt', claims: [{ quote: '不在页面里', verdict: 'accurate' }, { quote: '也不在', verdict: 'misleading' }] }),
    );
    writeFileSync(join(dir, 'orphan/pages/a.txt'), page);
    writeFileSync(join(dir, 'orphan/labels/gone.txt.json'), '{"claims": []}');
    // c004 and n104 are check pages, the rest tune pages; c008's label is bad, so scoring it fails.
    for (const name of ['c001-a.txt', 'c004-b.txt', 'c008-c.txt', 'n104-d.txt', 'n105-e.txt', 'notes.txt']) writeFileSync(join(dir, 'parts/pages', name), page);
    for (const name of ['c001-a.txt', 'c004-b.txt']) writeFileSync(join(dir, `parts/labels/${name}.json`), JSON.stringify({ claims: [{ quote: ATM, verdict: 'misleading' }] }));
    writeFileSync(join(dir, 'parts/labels/c008-c.txt.json'), JSON.stringify({ claims: [{ quote: '不在页面里', verdict: 'accurate' }] }));
  });

  it('scores pages the engine reads as the figures below assume', () => {
    const read = (text: string) => analyze(text).map((c) => [c.text, c.verdict]);
    expect(read(GOOD['a.txt'])).toEqual([
      [ATM, 'misleading'],
      [ACCOUNT, 'accurate'],
      [BUY, 'illegal'],
    ]);
    expect(read(GOOD['b.txt'])).toEqual([[BUY, 'illegal']]);
    expect(read(GOOD['c.txt'])).toEqual([]);
  });

  it('prints the per-page table and the summary as the last line, exit 0', () => {
    const r = evalCmd(join(dir, 'good/pages'), join(dir, 'good/labels'));
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines.slice(0, 4).map((l) => l.split(/\s+/))).toEqual([
      ['page', 'labels', 'predicted', 'TP', 'FP', 'missed', 'wrong-verdict'],
      ['a.txt', '3', '3', '2', '1', '1', '1'],
      ['b.txt', '(near-miss)', '0', '1', '0', '1', '0', '0'],
      ['c.txt', '(near-miss)', '0', '0', '0', '0', '0', '0'],
    ]);
    expect(lines.slice(-2)).toEqual([
      'labels 3, predicted 3 on labelled pages, 2 near-miss pages',
      // recall 2/3, precision 2 of 3 + 1 claims, verdict accuracy 1/3, macro-F1 (accurate 0, misleading 1, illegal 0) / 3
      'recall 0.67 precision 0.50 verdict-accuracy 0.33 macro-F1 0.33 near-miss-claims 1',
    ]);
  });

  it('gives the same figures as JSON', () => {
    const r = evalCmd('--json', join(dir, 'good/pages'), join(dir, 'good/labels'));
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ part: 'all', labels: 3, predicted: 3, nearMissClaims: 1, precision: 0.5 });
    expect(j.recall).toBeCloseTo(2 / 3, 10);
    expect(j.verdictAccuracy).toBeCloseTo(1 / 3, 10);
    expect(j.macroF1).toBeCloseTo(1 / 3, 10);
    // Pairs (label, claim): (misleading, misleading), (illegal, accurate), (accurate, none), (none, illegal) twice.
    expect(j.perVerdict).toEqual([
      { verdict: 'accurate', tp: 0, fp: 1, fn: 1, f1: 0 },
      { verdict: 'misleading', tp: 1, fp: 0, fn: 0, f1: 1 },
      { verdict: 'illegal', tp: 0, fp: 2, fn: 1, f1: 0 },
    ]);
    expect(j.confusion).toEqual({ misleading: { misleading: 1 }, illegal: { accurate: 1 }, accurate: { none: 1 }, none: { illegal: 2 } });
    type PageJson = Record<'page' | 'labelled' | 'labels' | 'predicted' | 'truePositives' | 'correct', unknown> & {
      falsePositives: { text: string }[];
      missed: { quote: string }[];
      wrong: { label: { quote: string }; got: { verdict: string } }[];
    };
    expect(
      (j.pages as PageJson[]).map((p) => [p.page, p.labelled, p.labels, p.predicted, p.truePositives, p.correct, p.falsePositives.map((c) => c.text), p.missed.map((l) => l.quote), p.wrong.map((w) => [w.label.quote, w.got.verdict])]),
    ).toEqual([
      ['a.txt', true, 3, 3, 2, 1, [BUY], [WEATHER], [[ACCOUNT, 'accurate']]],
      ['b.txt', false, 0, 1, 0, 0, [BUY], [], []],
      ['c.txt', false, 0, 0, 0, 0, [], [], []],
    ]);
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
    expect(text.out).toMatch(/^tune part: labels 1, predicted 2 on labelled pages, 2 near-miss pages$/m);
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
