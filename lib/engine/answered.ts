// "医保卡里的钱可以取现吗？不可以。": a page that answers its own question in a word states the
// claim the question asks about, with the answer's polarity. The question alone is no claim.
// So does an answer that leads with the word and goes on ("答：能，配偶父母子女都可以").
import type { SentenceReading } from './read-clauses';
import type { ClauseClaim } from './rules';
import type { Found } from './whole-claims';

/**
 * A bare answer: yes or no in the verb of permission, perhaps after 答案是 or a speaker (答:, 回复某某:),
 * perhaps as 是…的 (答案是不能的),
 * perhaps with the question's own verb of taking the money out said again ("不能取现", "可以提取").
 */
const BARE_ANSWER = /^(?:(?:答案|回答)(?:当然|肯定)?是|[^,。!?:]{0,24}:)?\s*(?:当然|肯定|完全)?是?(不可以|不能|不行|不允许|不可能|不可|不会|可以|能|行|允许)(?:取现|提现|取出来|取出|提取|支取|转出)?的?[。!.]?$/;

/** At most this many characters (spaces, a line break) between a question and its answer. */
const GAP = 4;

/**
 * @return the claim a bare answer, or an answer led by the bare word, makes about the question
 * just before it (`lead` says the answer went on after the word), or null
 */
export function answeredClaim(norm: string, question: SentenceReading, answer: SentenceReading): (Found & { lead: boolean }) | null {
  if (!question.asked || answer.sentence.start - question.sentence.end > GAP) return null;
  const { clauses } = answer.sentence;
  const whole = BARE_ANSWER.exec(norm.slice(answer.sentence.start, answer.sentence.end));
  const m = whole ?? (clauses.length > 1 ? BARE_ANSWER.exec(norm.slice(clauses[0]!.start, clauses[0]!.end)) : null);
  if (!m) return null;
  let asked: ClauseClaim | null = null;
  for (const c of question.asked()) if (c) asked = c;
  if (!asked) return null;
  const no = m[1]!.startsWith('不');
  // "不可以" denies what was asked; "可以" grants it, even when the question was put in the negative.
  const stance = no ? 'deny' : asked.stance === 'deny' ? 'affirm' : asked.stance;
  return {
    clauseIndex: 0,
    start: question.sentence.start,
    end: answer.sentence.end,
    entry: asked.entry,
    stance,
    verdict: asked.entry.verdicts[stance],
    confidence: 0.8,
    ruled: true,
    lead: !whole,
  };
}
