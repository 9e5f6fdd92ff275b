// Finds the dataset's lexicon features in normalised text.
import { dataset } from './dataset';

export interface Hit {
  feature: string;
  start: number;
  end: number;
}

interface Compiled {
  /** Literal terms bucketed by first character, each bucket longest first, so the longest term wins. */
  byFirst: Map<number, string[]>;
  /** 1 where some term starts with that code unit: most characters are skipped without a map lookup. */
  starts: Uint8Array;
  featuresOf: Map<string, string[]>;
  patterns: { feature: string; re: RegExp }[];
  roles: Map<string, 'anchor' | 'context'>;
}

let compiled: Compiled | null = null;

function compile(): Compiled {
  const featuresOf = new Map<string, string[]>();
  const patterns: Compiled['patterns'] = [];
  const roles = new Map<string, 'anchor' | 'context'>();
  for (const [name, f] of Object.entries(dataset.features)) {
    roles.set(name, f.role);
    for (const term of f.terms) {
      const list = featuresOf.get(term) ?? [];
      list.push(name);
      featuresOf.set(term, list);
    }
        // Match indices ('d') cost an allocation per match: only patterns with an 'at' group need them.
    for (const p of f.patterns ?? []) patterns.push({ feature: name, re: new RegExp(p, p.includes('(?<at>') ? 'gd' : 'g') });
  }
  // A first-character index beats one regex of ~400 alternatives by an order of magnitude on CJK text.
  const byFirst = new Map<number, string[]>();
  for (const term of [...featuresOf.keys()].sort((a, b) => b.length - a.length)) {
    const first = term.charCodeAt(0);
    const bucket = byFirst.get(first) ?? [];
    bucket.push(term);
    byFirst.set(first, bucket);
  }
  const starts = new Uint8Array(0x10000);
  for (const code of byFirst.keys()) starts[code] = 1;
  return { byFirst, starts, featuresOf, patterns, roles };
}

function get(): Compiled {
  return (compiled ??= compile());
}

/** @return the role of a feature, or undefined for a name the lexicon does not know. */
export function featureRole(feature: string): 'anchor' | 'context' | undefined {
  return get().roles.get(feature);
}

/** @return every feature hit in text[start, end), in text order. */
export function findFeatures(text: string, start: number, end: number): Hit[] {
  const c = get();
  const hits: Hit[] = [];
  // Leftmost-longest, non-overlapping: the same matches a regex alternation of the terms gives.
  for (let i = start; i < end; ) {
    const code = text.charCodeAt(i);
    let term: string | undefined;
    if (c.starts[code] === 1) {
      const bucket = c.byFirst.get(code)!;
      for (const t of bucket) {
        if (i + t.length <= end && text.startsWith(t, i)) {
          term = t;
          break;
        }
      }
    }
    if (!term) {
      i++;
      continue;
    }
    for (const feature of c.featuresOf.get(term)!) hits.push({ feature, start: i, end: i + term.length });
    i += term.length;
  }
  const slice = text.slice(start, end);
  for (const { feature, re } of c.patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      // A group named 'at' marks the word the hit stands for (see data/lexicon.json).
      const [from, to] = m.indices?.groups?.at ?? [m.index, m.index + m[0].length];
      hits.push({ feature, start: start + from, end: start + to });
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}
