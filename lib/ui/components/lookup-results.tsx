import type { Answer, AnswerItem } from '../../engine';
import type { Region } from '../../settings';
import { usePick, useT } from '../helpers/i18n';
import { VerdictBadge } from './verdict-badge';
import { SourceList } from './source-list';
import { RegionLine } from './region-line';

/**
 * One typed question or claim: the reader's own words with their verdict, then the rule; for a
 * rule that depends on the place, what the dataset knows of the reader's region. A rule found
 * only as the nearest phrasing says so, and gives the reader's words no verdict: it may speak of
 * another thing ("能在ATM上查余额吗" is nearest to the ATM withdrawal rule).
 */
function AnswerCard({ item, region }: { item: AnswerItem; region?: Region | null }) {
  const t = useT();
  const pick = usePick();
  return (
    <li class="claim" data-verdict={item.nearest ? undefined : item.verdict} data-question={item.question ? 'true' : undefined}>
      <blockquote class="quote">{item.quote}</blockquote>
      {item.nearest && <p class="nearest muted">{t('popupNearest')}</p>}
      {item.reply && <p class="reply">{pick(item.reply)}</p>}
      {!item.nearest && (
        <div class="claim-head">
          <span class="muted">{t(item.reply ? 'popupStatementVerdict' : 'popupAsStated')}</span>
          <VerdictBadge verdict={item.verdict} />
        </div>
      )}
      {/* A reply already states the rule. */}
      {!item.reply && (
        <p class="rule">
          <span class="muted">{t('popupTheRule')}</span>
          <span class="title">{pick(item.summary)}</span>
        </p>
      )}
      <p class="explanation">{pick(item.explanation)}</p>
      {item.verdict === 'region-dependent' && region !== undefined && <RegionLine entry={item.entry} region={region} />}
      <SourceList sources={item.sources} />
    </li>
  );
}

const NOTICES = {
  'off-topic': 'popupOffTopic',
  english: 'popupEnglish',
  truncated: 'popupTruncated',
} as const;

/**
 * What the engine made of a typed claim, question, paragraph or selection: one card per claim, in text order.
 * @param region the reader's region (null: not set); without it, no region lines
 */
export function LookupResults({ answer, region }: { answer: Answer; region?: Region | null }) {
  const t = useT();
  const notice = answer.notice && <p class={`state notice ${answer.notice}`}>{t(NOTICES[answer.notice])}</p>;
  if (answer.items.length === 0) return notice || <p class="state">{t('popupNoResult')}</p>;
  return (
    <>
      {notice}
      <ol class="claims results" aria-label={t('popupResults')}>
        {answer.items.map((item, i) => (
          <AnswerCard key={i} item={item} region={region} />
        ))}
      </ol>
    </>
  );
}
