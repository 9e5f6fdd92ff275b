import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, truncateSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { jsonLine, lineCol, textReport } from '../../lib/cli/report';
import { isoDate, type ClaimReview } from '../../lib/claimreview';
import { GUIDANCE, makeClaim } from '../fixtures/claims';
import { expectClaimReview } from '../fixtures/claim-review';
import { runCli } from '../fixtures/cli';

let dir: string;

const check = (...args: string[]) => runCli('check', args);
/** Runs check with `input` on its standard input. */
const checkWithInput = (input: string | Buffer, ...args: string[]) => runCli('check', args, input);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'check-'));
  writeFileSync(join(dir, 'page.txt'), '\uFEFF医保卡可以在ATM取现。\n医保卡里的钱不能取现。');
  writeFileSync(join(dir, 'page.html'), '<p>医保卡里的钱<b>可以</b>直接在ATM机取现。</p><script>医保卡不能取现</script>');
  writeFileSync(
    join(dir, 'hidden.html'),
    '<html><head><style>.folded { display: none }</style></head><body><p>医保个人账户的钱不能取现。</p>' +
      '<div class="folded"><p>医保卡里的钱可以直接在ATM机取现。</p></div><p hidden>回收医保卡余额，八折回收。</p>' +
      '<textarea>医保卡可以在ATM取现</textarea></body></html>',
  );
  writeFileSync(join(dir, 'binary.dat'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), ' \n\t\u3000\n');
  writeFileSync(join(dir, 'invisible.html'), '<html><head><title>医保</title></head><body><script>x()</script></body></html>');
  writeFileSync(join(dir, 'huge.txt'), '');
  truncateSync(join(dir, 'huge.txt'), 50 * 1024 * 1024);
});

// Each case starts the command at least once: seconds on a busy 2-core machine.
describe('check command', { timeout: 30_000 }, () => {
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
    const bad = ['missing.txt', '.', 'binary.dat', 'latin1.txt', 'empty.txt', 'blank.txt', 'invisible.html', 'huge.txt'];
    const r = check('--json', ...bad.map((f) => join(dir, f)), join(dir, 'page.txt'));
    expect(r.code).toBe(1);
    const errors = r.err.trim().split('\n');
    expect(errors).toEqual([
      `check: ${join(dir, 'missing.txt')}: no such file`,
      `check: ${join(dir, '.')}: is a directory`,
      `check: ${join(dir, 'binary.dat')}: looks like a binary file`,
      `check: ${join(dir, 'latin1.txt')}: is not valid UTF-8 text`,
      `check: ${join(dir, 'empty.txt')}: file is empty`,
      `check: ${join(dir, 'blank.txt')}: file is empty`,
      `check: ${join(dir, 'invisible.html')}: has no visible text`,
      // The sparse file is all NUL bytes: "too large" rather than "binary" shows its size was checked before reading it.
      `check: ${join(dir, 'huge.txt')}: file is too large (50.0 MB, limit 20 MB)`,
    ]);
    // The good file after the bad ones is still checked, and stdout holds only its JSON line.
    const out = r.out.trim().split('\n');
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0]!).file).toBe(join(dir, 'page.txt'));
  });

  it('prints a readable report by default and a usage line without files', () => {
    const r = check(join(dir, 'page.txt'));
    expect(r.out).toContain('2 claims');
    expect(r.out).toContain('1:1');
    expect(r.out).toContain('国办发〔2021〕14号');
    const none = check();
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/usage/);
    const bogus = check('--bogus', join(dir, 'page.txt'));
    expect(bogus.code).toBe(2);
    expect(bogus.err).toMatch(/unknown option --bogus/);
    expect(bogus.out).toBe('');
    const help = check('--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^usage: .*--json.*FILE/);
  });
});

describe('check on HTML and standard input', { timeout: 30_000 }, () => {
  const texts = (out: string): string[] => (JSON.parse(out).claims as { text: string }[]).map((c) => c.text);

  it('reports only the claims the extension would see: none from hidden elements or form fields', () => {
    const r = check('--json', join(dir, 'hidden.html'));
    expect(r.code).toBe(0);
    expect(texts(r.out)).toEqual(['医保个人账户的钱不能取现']);
  });

  it('reads text piped to -', () => {
    const r = checkWithInput('医保个人账户的钱不能取现。\n', '-');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^-: 1 claim /);
    expect(r.out).toContain('[准确 accurate]  医保个人账户的钱不能取现');
  });

  it('reads HTML on standard input with --html, or when it starts like a document', () => {
    const fragment = '<p>医保个人账户的钱不能取现。</p><p hidden>医保卡里的钱可以直接在ATM机取现。</p>';
    for (const [input, args] of [
      [fragment, ['--json', '--html', '-']],
      [`<!DOCTYPE html>\n<html><body>${fragment}</body></html>`, ['--json', '-']],
    ] as const) {
      const r = checkWithInput(input, ...args);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out).file).toBe('-');
      expect(texts(r.out)).toEqual(['医保个人账户的钱不能取现']);
    }
    // Without either, markup is text: the hidden paragraph is read too.
    expect(texts(checkWithInput(fragment, '--json', '-').out)).toHaveLength(2);
  });

  it('gives one-line errors for empty or unusable standard input, and reads it only once', () => {
    expect(checkWithInput('', '-')).toMatchObject({ code: 1, out: '', err: 'check: -: standard input is empty\n' });
    expect(checkWithInput(' \n\u3000\n', '-')).toMatchObject({ code: 1, out: '', err: 'check: -: standard input is empty\n' });
    expect(checkWithInput('<html><body><script>x()</script></body></html>', '-')).toMatchObject({ code: 1, err: 'check: -: has no visible text\n' });
    expect(checkWithInput(Buffer.from([0x63, 0xe9, 0x0a]), '-')).toMatchObject({ code: 1, err: 'check: -: standard input is not valid UTF-8 text\n' });
    const twice = checkWithInput('医保卡不能取现。', '-', '-');
    expect(twice.code).toBe(2);
    expect(twice.err).toMatch(/^check: standard input \(-\) can be read only once\n/);
  });
});

// Each case starts the command: seconds on a busy 2-core machine.
describe('check --claimreview', { timeout: 30_000 }, () => {
  const reviewDir = mkdtempSync(join(tmpdir(), 'claimreview-'));
  const page = join(reviewDir, 'page.txt');
  const PAGE = 'https://news.example.cn/a?b=1&c=2';
  writeFileSync(page, '医保卡可以在ATM取现。\n医保卡里的钱不能取现。');
  writeFileSync(join(reviewDir, 'none.txt'), '今天天气很好。');

  it('prints one JSON-LD array with a ClaimReview per claim, the page named by its file: URL', () => {
    const r = check('--claimreview', page);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const reviews = JSON.parse(r.out) as ClaimReview[];
    expect(reviews.map((x) => [x.claimReviewed, x.reviewRating.ratingValue])).toEqual([
      ['医保卡可以在ATM取现', 2],
      ['医保卡里的钱不能取现', 4],
    ]);
    for (const x of reviews) expectClaimReview(x, x.claimReviewed, pathToFileURL(page).href);
    expect(reviews[0]!.datePublished).toBe(isoDate());
    expect(reviews.flatMap((x) => x.citation).some((c) => c.url === 'https://www.gov.cn/zhengce/content/2021-04/22/content_5601280.htm')).toBe(true);
  });

  it('names the page by --url instead, also for standard input', () => {
    const r = checkWithInput('医保卡可以在ATM取现。', '--claimreview', '--url', PAGE, '-');
    expect(r.code).toBe(0);
    const reviews = JSON.parse(r.out) as ClaimReview[];
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.itemReviewed.appearance.url).toBe(PAGE);
  });

  it('still prints the reviews of the readable files when one is missing, and exits 1', () => {
    const r = check('--claimreview', join(reviewDir, 'missing.txt'), page, join(reviewDir, 'none.txt'));
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe(`check: ${join(reviewDir, 'missing.txt')}: no such file`);
    expect((JSON.parse(r.out) as ClaimReview[]).length).toBe(2);
  });

  it.each([
    [['--claimreview', '--json', 'x.txt'], '--claimreview and --json cannot be combined'],
    [['--url', PAGE, 'x.txt'], '--url needs --claimreview'],
    [['--claimreview', '--url', PAGE, 'a.txt', 'b.txt'], '--url gives the address of one FILE'],
    [['--claimreview', '--url', 'not a url', 'a.txt'], '--url: not an address: not a url'],
    [['--claimreview', '-'], '--claimreview on standard input (-) needs --url'],
  ])('rejects %j with exit code 2', (args, message) => {
    const r = check(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')[0]).toBe(`check: ${message}`);
  });
});

describe('report helpers', () => {
  it('turns offsets into 1-based line and column', () => {
    expect(lineCol('ab\ncd\nef', 0)).toEqual([1, 1]);
    expect(lineCol('ab\ncd\nef', 4)).toEqual([2, 2]);
    expect(lineCol('ab\ncd\nef', 6)).toEqual([3, 1]);
  });

  const claim = makeClaim('misleading', '医保卡可以在ATM取现', {
    start: 3,
    end: 14,
    confidence: 0.8,
    explanation: { zh: '医保个人账户不能在ATM取现。', en: 'The personal account cannot be used at an ATM.' },
    sources: [GUIDANCE],
  });
  const fileText = '听说：医保卡可以在ATM取现。\n其实不行。';

  it('writes exactly the contract fields on one line, with the Chinese explanation', () => {
    const line = jsonLine('f.txt', [claim]);
    expect(line).not.toContain('\n');
    const parsed = JSON.parse(line);
    expect(Object.keys(parsed)).toEqual(['file', 'claims']);
    expect(parsed.file).toBe('f.txt');
    expect(Object.keys(parsed.claims[0])).toEqual(['start', 'end', 'text', 'verdict', 'entry', 'confidence', 'explanation', 'sources']);
    expect(parsed.claims[0].explanation).toBe('医保个人账户不能在ATM取现。');
    expect(parsed.claims[0].text).toBe(fileText.slice(parsed.claims[0].start, parsed.claims[0].end));
    expect(parsed.claims[0].sources[0].docNumber).toBe('国办发〔2021〕14号');
    expect(JSON.parse(jsonLine('g.txt', []))).toEqual({ file: 'g.txt', claims: [] });
  });

  it('reports counts per verdict, position, quote, explanation and sources', () => {
    const report = textReport('f.txt', fileText, [claim]);
    const [head, where, why, sources] = report.split('\n');
    expect(head).toBe('f.txt: 1 claim (accurate 0, region-dependent 0, misleading 1, illegal 0)');
    expect(where).toContain('1:4');
    expect(where).toContain('misleading');
    expect(where).toContain('医保卡可以在ATM取现');
    expect(why).toContain('医保个人账户不能在ATM取现。');
    expect(sources).toContain('《国务院办公厅关于建立健全职工基本医疗保险门诊共济保障机制的指导意见》 国办发〔2021〕14号');
    const bracketed = { ...claim, sources: [{ ...claim.sources[0]!, title: '《医疗保障基金使用监督管理条例》', docNumber: '' }] };
    expect(textReport('f.txt', fileText, [bracketed])).toMatch(/来源 sources: 《医疗保障基金使用监督管理条例》$/);
    expect(textReport('g.txt', '无关', [])).toBe('g.txt: 0 claims (accurate 0, region-dependent 0, misleading 0, illegal 0)');
  });
});
