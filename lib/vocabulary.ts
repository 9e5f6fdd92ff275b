// The words the engine, the dataset and the views share: verdicts, stances, bilingual text,
// sources. Both the engine and the dataset import them from here, neither from the other.

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
