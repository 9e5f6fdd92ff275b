import type { Model } from './classifier';
/** The four verdict ids of docs: the engine, the dataset and the UI all speak these. */
export const VERDICTS = ['accurate', 'region-dependent', 'misleading', 'illegal'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How a clause stands towards the thing an entry is about. */
export const STANCES = ['affirm', 'deny', 'hedged', 'local'] as const;
/**
 * - affirm: states or advises it as generally true ("医保卡可以在ATM取现", "八折回收医保卡").
 * - deny: negates or warns against it ("医保卡不能取现", "套现属于违法行为").
 * - hedged: affirms it for some places or cases only ("部分地区允许…").
 * - local: affirms it for a named province or city ("深圳允许…").
 */
export type Stance = (typeof STANCES)[number];

/** Bilingual text: every explanation shown to a reader exists in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** An official source a dataset entry rests on. */
export interface Source {
  id: string;
  /** Document title, e.g. 《医疗保障基金使用监督管理条例》. */
  title: string;
  /** 文号, e.g. 国务院令第735号; empty only for sources that have none. */
  docNumber: string;
  issuer: string;
  /** ISO date (YYYY-MM-DD or YYYY-MM) the document was issued. */
  date: string;
  url?: string;
}

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
