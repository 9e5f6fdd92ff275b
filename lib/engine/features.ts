// Finds the dataset's lexicon features in normalised text.
import { dataset } from './dataset';

export interface Hit {
  feature: string;
  start: number;
  end: number;
}

interface Compiled {
  /** All literal terms, longest first, so the longest term wins where terms overlap. */
  terms: RegExp;
  featuresOf: Map<string, string[]>;
  patterns: { feature: string; re: RegExp }[];
  roles: Map<string, 'anchor' | 'context'>;
}

let compiled: Compiled | null = null;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
    for (const p of f.patterns ?? []) patterns.push({ feature: name, re: new RegExp(p, 'g') });
  }
  const sorted = [...featuresOf.keys()].sort((a, b) => b.length - a.length);
  return { terms: new RegExp(sorted.map(escape).join('|'), 'g'), featuresOf, patterns, roles };
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
  const slice = text.slice(start, end);
  const hits: Hit[] = [];
  c.terms.lastIndex = 0;
  for (let m = c.terms.exec(slice); m; m = c.terms.exec(slice)) {
    for (const feature of c.featuresOf.get(m[0]) ?? []) {
      hits.push({ feature, start: start + m.index, end: start + m.index + m[0].length });
    }
  }
  for (const { feature, re } of c.patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      hits.push({ feature, start: start + m.index, end: start + m.index + m[0].length });
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}
