// Reads a text clause by clause: normalise → topic gate → segment → lexicon features → the
// rules' reading of each clause. The analysis and the classifier's training read the same way.
import type { AnalyzeOptions } from './types';
import { normalize } from './normalize';
import { segment, type Sentence } from './segment';
import { anyIn, subjectPositions, SUBJECT_WINDOW } from './gate';
import { findFeatures, hitsWithin, type Hit } from './features';
import { sentenceFacts, type SentenceFacts } from './stance';
import { CONTEXT_BEFORE, judgeClause, vetoOf, type ClauseClaim, type Veto } from './rules';

export interface SentenceReading {
  sentence: Sentence;
  facts: SentenceFacts;
  /** Lexicon hits of the sentence. */
  hits: Hit[];
  /** The rules' claim for each clause of the sentence (null: the rules see none). */
  rules: (ClauseClaim | null)[];
  /** For each clause, why it cannot be a claim, if it cannot. */
  vetoes: (Veto | null)[];
  lineStart: number;
  lineEnd: number;
}

/** Rule claims of each clause of a sentence; context flows inside a segment, not across a contrast. */
function ruleClaims(
  norm: string,
  sentence: Sentence,
  facts: SentenceFacts,
  hits: Hit[],
  owns: Hit[][],
  vetoes: (Veto | null)[],
  scored: boolean,
): (ClauseClaim | null)[] {
  let windowCache: Hit[] | null = null;
  const windowHits = (): Hit[] =>
    (windowCache ??= [...findFeatures(norm, Math.max(0, sentence.start - CONTEXT_BEFORE), sentence.start), ...hits]);
  const clauses = sentence.clauses;
  const out: (ClauseClaim | null)[] = [];
  let segStart = 0;
  for (let i = 1; i <= clauses.length; i++) {
    if (i < clauses.length && !clauses[i]!.contrast) continue;
    const first = clauses[segStart]!;
    const last = clauses[i - 1]!;
    const segmentHits = hitsWithin(hits, first.start, last.end);
    for (let k = segStart; k < i; k++) {
      out.push(judgeClause(norm, facts, clauses[k]!, k, owns[k]!, segmentHits, windowHits, vetoes[k] ?? null, scored));
    }
    segStart = i;
  }
  return out;
}

export interface TextReading {
  norm: string;
  sentences: Iterable<SentenceReading>;
}

/**
 * @return the normalised text and, lazily, the reading of every sentence the topic gate lets
 * through (headings included: whether a heading is a claim is the classifier's call)
 */
export function readClauses(text: string, options: AnalyzeOptions = {}): TextReading {
  const norm = normalize(text);
  return { norm, sentences: sentencesOf(norm, options) };
}

function* sentencesOf(norm: string, options: AnalyzeOptions): Generator<SentenceReading> {
  const assume = options.assumeTopic === true;
  // The rules' own confidence matters only where they decide alone.
  const scored = options.questionsAsClaims === true || options.model === null;
  const subjects = subjectPositions(norm, assume);
  if (subjects.length === 0) return;
  const from = Math.max(0, options.from ?? 0);
  let lineStart = from > 0 ? norm.lastIndexOf('\n', from - 1) + 1 : 0;
  while (lineStart < norm.length) {
    let lineEnd = norm.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = norm.length;
    if (assume || anyIn(subjects, lineStart - SUBJECT_WINDOW, lineEnd)) {
      for (const sentence of segment(norm, lineStart, lineEnd)) {
        if (!assume && !anyIn(subjects, sentence.start - SUBJECT_WINDOW, sentence.end)) continue;
        const hits = findFeatures(norm, sentence.start, sentence.end);
        const facts = sentenceFacts(norm, sentence);
        // Each clause's own hits, read by its veto and by the rules.
        const owns = sentence.clauses.map((c) => hitsWithin(hits, c.start, c.end));
        const vetoes = sentence.clauses.map((c, k) => vetoOf(norm, facts, c, hits, owns[k]!, options.questionsAsClaims === true));
        const rules = ruleClaims(norm, sentence, facts, hits, owns, vetoes, scored);
        yield { sentence, facts, hits, rules, vetoes, lineStart, lineEnd };
      }
    }
    lineStart = lineEnd + 1;
  }
}
