import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { readRawDataset } from '../../lib/dataset/load';
import { validateDataset, type RawDataset } from '../../lib/dataset/validate';
import { VERDICTS } from '../../lib/engine/types';

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
    for (const n of ['国发〔1998〕44号', '国办发〔2021〕14号', '国办发〔2024〕38号', '医保发〔2019〕30号', '国务院令第735号', '法发〔2024〕6号', '医保发〔2021〕43号']) {
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
