import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { readRawDataset } from '../../lib/dataset/load';
import { validateDataset, type RawDataset } from '../../lib/dataset/validate';
import { VERDICTS } from '../../lib/engine/types';
import { expandLists, listsNamed } from '../../lib/dataset/lexicon-lists';
import type { LexiconFile } from '../../lib/dataset/types';

const raw = (): RawDataset => readRawDataset(join(__dirname, '..', '..', 'data'));

/** A deep copy of the dataset with one entry changed by `edit`. */
function withEntry(edit: (entry: Record<string, unknown>) => void): RawDataset {
  const copy = structuredClone(raw());
  const file = Object.values(copy.entryFiles)[0] as { entries: Record<string, unknown>[] };
  edit(file.entries[0]!);
  return copy;
}

describe('the dataset', () => {
  it('passes its schema and cross-checks', () => {
    expect(() => validateDataset(raw())).not.toThrow();
  });

  it('covers every verdict, with sources and both languages on every entry', () => {
    const valid = validateDataset(raw());
    const entries = Object.values(valid.entryFiles).flatMap((f) => f.entries);
    expect(entries.length).toBeGreaterThanOrEqual(30);
    const used = new Set(entries.flatMap((e) => Object.values(e.verdicts)));
    for (const v of VERDICTS) expect(used).toContain(v);
    for (const e of entries) {
      expect(e.sources.length).toBeGreaterThan(0);
      expect(e.explanation.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(e.explanation.en).toMatch(/[a-z]/);
    }
  });

  it('cites the documents the policy brief names', () => {
    const docs = (validateDataset(raw()).sources.sources).map((s) => s.docNumber);
    // The brief writes the transfer rules' number 医保发〔2021〕43号; the notice itself is 医保办发 (issued by the two offices).
    for (const n of ['国发〔1998〕44号', '国办发〔2021〕14号', '国办发〔2024〕38号', '医保发〔2019〕30号', '国务院令第735号', '法发〔2024〕6号', '医保办发〔2021〕43号']) {
      expect(docs).toContain(n);
    }
  });

  it('rejects an entry without a source', () => {
    expect(() => validateDataset(withEntry((e) => (e.sources = [])))).toThrow(/sources/);
  });

  it('rejects an unknown verdict', () => {
    expect(() =>
      validateDataset(withEntry((e) => ((e.verdicts as Record<string, string>).affirm = 'false'))),
    ).toThrow(/verdicts\/affirm/);
  });

  it('rejects a duplicate id', () => {
    const copy = structuredClone(raw());
    const files = Object.values(copy.entryFiles) as { entries: { id: string }[] }[];
    files[1]!.entries[0]!.id = files[0]!.entries[0]!.id;
    expect(() => validateDataset(copy)).toThrow(/duplicate entry id/);
  });

  it('rejects an empty phrasing', () => {
    expect(() =>
      validateDataset(withEntry((e) => ((e.phrasings as Record<string, string[]>).affirm = ['  ']))),
    ).toThrow(/phrasings\/affirm/);
  });

  it('rejects a source id that does not exist and a feature the lexicon lacks', () => {
    expect(() => validateDataset(withEntry((e) => (e.sources = ['no-such-doc'])))).toThrow(/unknown source no-such-doc/);
    expect(() => validateDataset(withEntry((e) => (e.triggers = { any: ['no-such-feature'] })))).toThrow(
      /unknown feature no-such-feature/,
    );
  });

  it('rejects a pattern naming a list the lexicon lacks, and a list no pattern names', () => {
    const unknown = structuredClone(raw());
    (unknown.lexicon as LexiconFile).features['cue-relatives']!.patterns = ['{no-such-list}的医保'];
    expect(() => validateDataset(unknown)).toThrow(/no list \{no-such-list\}/);
    const unused = structuredClone(raw());
    (unused.lexicon as LexiconFile).lists!['spare'] = ['邻居'];
    expect(() => validateDataset(unused)).toThrow(/list spare is named by no pattern/);
  });

  it('requires region-dependent entries to point to 12393', () => {
    const copy = structuredClone(raw());
    for (const file of Object.values(copy.entryFiles) as { entries: Record<string, any>[] }[]) {
      for (const e of file.entries) {
        if (e.verdicts.affirm === 'region-dependent') e.explanation.zh = '各地不同。';
      }
    }
    expect(() => validateDataset(copy)).toThrow(/12393/);
  });
});

describe('lexicon lists', () => {
  const lists = { kin: ['父母', '父亲', '岳父岳母', '岳父'], 'odd-words': ['a.b', '(x)'] };

  it('writes a named list into a pattern as a group, in order, its words escaped; quantifiers untouched', () => {
    expect(expandLists('给{kin}[^,]{0,10}买药', lists)).toBe('给(?:父母|父亲|岳父岳母|岳父)[^,]{0,10}买药');
    expect(new RegExp(expandLists('{odd-words}', lists)).test('axb')).toBe(false);
    expect(new RegExp(expandLists('{odd-words}', lists)).test('(x)')).toBe(true);
    expect(listsNamed('(?:{kin}|我爸)的{odd-words}{2}')).toEqual(['kin', 'odd-words']);
    // A whole alternative adds alternatives: a nested group would hide what a match ends with from the scan's masks.
    expect(expandLists('给(?:我|{kin}|妈)', lists)).toBe('给(?:我|父母|父亲|岳父岳母|岳父|妈)');
    expect(expandLists('(?:{kin})的', lists)).toBe('(?:父母|父亲|岳父岳母|岳父)的');
    expect(expandLists('(?:我{kin}|妈)', lists)).toBe('(?:我(?:父母|父亲|岳父岳母|岳父)|妈)');
  });

  it('reaches the built dataset: its patterns name no list, and the relatives read where a list stands', async () => {
    const built = (await import('../../lib/generated/dataset.json')).default as unknown as { features: Record<string, { patterns?: string[] }> };
    const sources = Object.values(built.features).flatMap((f) => f.patterns ?? []);
    expect(sources.filter((p) => listsNamed(p).length > 0)).toEqual([]);
    const kin = (raw().lexicon as LexiconFile).lists!['kin']!;
    const lending = built.features['lending']!.patterns!.map((p) => new RegExp(p));
    // Every relative of the list, where the lending pattern names the list.
    for (const who of kin) expect(lending.some((re) => re.test(`拿${who}的医保卡`)), who).toBe(true);
  });
});

describe('built dataset', () => {
  it('stores phrasings written in traditional characters as pages are read: simplified', async () => {
    const built = (await import('../../lib/generated/dataset.json')).default as unknown as { phrasings: { text: string }[] };
    const { from } = (await import('../../lib/generated/t2s.json')).default as { from: string };
    const traditional = new Set(from);
    const written = readFileSync(join(__dirname, '..', '..', 'data', 'entries', 'cash-out.json'), 'utf8');
    // The data holds traditional phrasings, so the check below has something to catch.
    expect([...written].some((c) => traditional.has(c))).toBe(true);
    expect(built.phrasings.filter((p) => [...p.text].some((c) => traditional.has(c))).map((p) => p.text)).toEqual([]);
  });
});
