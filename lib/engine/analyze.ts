// The pipeline: normalise → gate → segment → features → candidates → stance → verdict.
import type { AnalyzeOptions, Claim, Stance, Verdict } from './types';
import type { Entry } from '../dataset/types';
import { normalize } from './normalize';
import { segment, type Clause, type Sentence } from './segment';
import { anyIn, subjectPositions, SUBJECT_WINDOW } from './gate';
import { findFeatures, featureRole, type Hit } from './features';
import { candidates, coreOf, similarity } from './match';
import { isQuestion, sentenceFacts, stanceOf, type EntryKind, type SentenceFacts } from './stance';
import { worse } from './verdict';
import { explanationFor } from './explain';
import { assertsCashout } from './assertion';

interface ClauseClaim {
  clauseIndex: number;
  start: number;
  end: number;
  entry: Entry;
  stance: Stance;
  verdict: Verdict;
  confidence: number;
}

const kindOf = (entry: Entry): EntryKind =>
  entry.topic === 'illegal-routes' ? 'route' : entry.topic === 'consequences' ? 'consequence' : 'fact';

/** How far before a sentence its context words are looked for. */
const CONTEXT_BEFORE = 150;

const within = (h: Hit, start: number, end: number): boolean => h.start >= start && h.end <= end;

/** @return true when the last topic named before `end` in the sentence is other money, not medical insurance. */
function otherMoneyTopic(sentenceHits: Hit[], end: number): boolean {
  let other = -1;
  let subject = -1;
  for (const h of sentenceHits) {
    if (h.start >= end) break;
    if (h.feature === 'other-money') other = h.start;
    else if (h.feature === 'subject') subject = h.start;
  }
  return other >= 0 && subject < other;
}

/** Judges one clause; null when it is no claim. */
function judgeClause(
  norm: string,
  facts: SentenceFacts,
  clause: Clause,
  clauseIndex: number,
  sentenceHits: Hit[],
  segmentHits: Hit[],
  windowHits: () => Hit[],
  questionsAsClaims: boolean,
): ClauseClaim | null {
  const own = sentenceHits.filter((h) => within(h, clause.start, clause.end));
  if (!own.some((h) => featureRole(h.feature) === 'anchor')) return null;
  if (!questionsAsClaims && isQuestion(norm, facts, clause)) return null;
  const has = (f: string): boolean => own.some((h) => h.feature === f);
  // Other money (公积金, 养老金, credit cards) is not medical insurance: the clause speaks of
  // whichever of the two the sentence named last before the clause ends.
  if (otherMoneyTopic(sentenceHits, clause.end)) return null;
  if (has('reimbursement') && !has('account')) return null;
  if (!assertsCashout(norm, clause.start, clause.end, own, norm.slice(facts.sentence.start, facts.sentence.end))) return null;

  let best: ClauseClaim | null = null;
  for (const c of candidates(own, segmentHits, windowHits)) {
    const { stance, marked } = stanceOf(norm, facts, clause, c.anchor.start, c.anchor.end, kindOf(c.entry));
    const verdict = c.entry.verdicts[stance];
    const sim = similarity(c.entry.id, coreOf(norm, clause.start, clause.end, c.anchor.start));
    const confidence =
      0.5 + 0.25 * sim + (c.satisfied.size >= 2 ? 0.1 : 0) + (marked ? 0.1 : 0.05) - (c.borrowedFrom !== null ? 0.05 : 0);
    const claim: ClauseClaim = {
      clauseIndex,
      start: Math.min(clause.start, c.borrowedFrom ?? clause.start),
      end: clause.end,
      entry: c.entry,
      stance,
      verdict,
      confidence: Math.round(Math.min(0.99, Math.max(0.05, confidence)) * 100) / 100,
    };
    if (!best || worse(verdict, best.verdict) || (verdict === best.verdict && claim.confidence > best.confidence)) {
      best = claim;
    }
  }
  return best;
}

/** Claims of one sentence: clause claims, merged where consecutive clauses of one segment are claims. */
function judgeSentence(norm: string, sentence: Sentence, questionsAsClaims: boolean): ClauseClaim[] {
  const sentenceHits = findFeatures(norm, sentence.start, sentence.end);
  if (!sentenceHits.some((h) => featureRole(h.feature) === 'anchor')) return [];
  // Some entries need a context word near the sentence (a penalty needs a fraud to punish).
  let windowCache: Hit[] | null = null;
  const windowHits = (): Hit[] =>
    (windowCache ??= [...findFeatures(norm, Math.max(0, sentence.start - CONTEXT_BEFORE), sentence.start), ...sentenceHits]);
  const facts = sentenceFacts(norm, sentence);
  const out: ClauseClaim[] = [];
  let segStart = 0;
  const clauses = sentence.clauses;
  for (let i = 0; i <= clauses.length; i++) {
    if (i < clauses.length && (i === 0 || !clauses[i]!.contrast)) continue;
    // clauses[segStart, i) form one segment: context flows inside it, not across a contrast.
    const first = clauses[segStart]!;
    const last = clauses[i - 1]!;
    const segmentHits = sentenceHits.filter((h) => within(h, first.start, last.end));
    let previous: ClauseClaim | null = null;
    for (let k = segStart; k < i; k++) {
      const claim = judgeClause(norm, facts, clauses[k]!, k, sentenceHits, segmentHits, windowHits, questionsAsClaims);
      if (!claim) {
        previous = null;
        continue;
      }
      const lastOut = out[out.length - 1];
      if (previous && lastOut === previous && previous.clauseIndex === k - 1) {
        // Rule 7: one claim spread over consecutive clauses takes the worst verdict.
        const merged: ClauseClaim = worse(claim.verdict, previous.verdict) ? { ...claim, start: previous.start } : { ...previous, end: claim.end };
        merged.clauseIndex = k;
        out[out.length - 1] = merged;
        previous = merged;
      } else {
        if (lastOut && claim.start < lastOut.end) claim.start = clauses[k]!.start;
        out.push(claim);
        previous = claim;
      }
    }
    segStart = i;
  }
  return out;
}

/**
 * Finds the cash-out claims in text and judges each against the dataset.
 * @return claims sorted by start, non-overlapping, with offsets into text (UTF-16 units)
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Claim[] {
  if (typeof text !== 'string') throw new TypeError('analyze: text must be a string');
  const norm = normalize(text);
  const assume = options.assumeTopic === true;
  const subjects = subjectPositions(norm, assume);
  if (subjects.length === 0) return [];

  const claims: Claim[] = [];
  const limit = options.maxClaims ?? Infinity;
  const from = Math.max(0, options.from ?? 0);
  let lineStart = from > 0 ? norm.lastIndexOf('\n', from - 1) + 1 : 0;
  while (lineStart < norm.length && claims.length < limit) {
    let lineEnd = norm.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = norm.length;
    if (assume || anyIn(subjects, lineStart - SUBJECT_WINDOW, lineEnd)) {
      for (const sentence of segment(norm, lineStart, lineEnd)) {
        if (sentence.heading) continue;
        if (!assume && !anyIn(subjects, sentence.start - SUBJECT_WINDOW, sentence.end)) continue;
        for (const c of judgeSentence(norm, sentence, options.questionsAsClaims === true)) {
          if (claims.length >= limit) break;
          claims.push({
            start: c.start,
            end: c.end,
            text: text.slice(c.start, c.end),
            verdict: c.verdict,
            entry: c.entry.id,
            stance: c.stance,
            confidence: c.confidence,
            explanation: explanationFor(c.entry, c.verdict),
            sources: c.entry.sources,
          });
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return claims;
}
