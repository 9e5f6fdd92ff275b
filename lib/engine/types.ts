import type { Model } from './classifier';
import type { Bilingual, Source, Stance, Verdict } from '../vocabulary';
export { VERDICTS, STANCES, type Verdict, type Stance, type Bilingual, type Source } from '../vocabulary';

/** One claim found in a text. Offsets are UTF-16 indices into the analysed text. */
export interface Claim {
  start: number;
  end: number;
  /** Exactly text.slice(start, end) of the analysed text. */
  text: string;
  verdict: Verdict;
  /** Id of the dataset entry that decided the verdict. */
  entry: string;
  stance: Stance;
  /** How sure the engine is of this claim and its verdict, in [0, 1]. */
  confidence: number;
  explanation: Bilingual;
  sources: Source[];
}

export interface AnalyzeOptions {
  /** Return at most this many claims (default: no limit). */
  maxClaims?: number;
  /** The text is known to be about medical insurance (a typed query, a selection): skip the topic gate. */
  assumeTopic?: boolean;
  /** Judge questions as the claim they ask about ("医保卡能取现吗" → "医保卡能取现"). */
  questionsAsClaims?: boolean;
  /**
   * Only judge lines that end at or after this offset; the text before it still sets the topic.
   * For text that grew at its end: claims before the line holding `from` are unchanged.
   */
  from?: number;
  /** The clause classifier to use (default: the bundled one); null judges by the rules alone. */
  model?: Model | null;
}
