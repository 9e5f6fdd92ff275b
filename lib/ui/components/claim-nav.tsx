import { useT } from '../helpers/i18n';
import type { InView } from '../hooks/use-in-view';

interface Props {
  /** How many claims lie above and below the page's view; null until the page has said. */
  inView: InView | null;
  /** Shows the claim before (-1) or after (1) the page's view, and flashes it. */
  onNavigate: (direction: 1 | -1) => void;
}

/** Where the page's claims are, and buttons that step through them in the page. */
export function ClaimNav({ inView, onNavigate }: Props) {
  const t = useT();
  return (
    <div class="claim-nav" role="group" aria-label={t('panelWhere')}>
      <button type="button" data-action="prev-claim" title={t('panelPrevClaimLabel')} aria-label={t('panelPrevClaimLabel')} onClick={() => onNavigate(-1)}>
        {t('panelPrevClaim')}
      </button>
      <p class="in-view">
        {inView && (
          <>
            <span data-count="above">{t('panelAbove', { n: inView.above })}</span>
            {' · '}
            <span data-count="below">{t('panelBelow', { n: inView.below })}</span>
          </>
        )}
      </p>
      <button type="button" data-action="next-claim" title={t('panelNextClaimLabel')} aria-label={t('panelNextClaimLabel')} onClick={() => onNavigate(1)}>
        {t('panelNextClaim')}
      </button>
    </div>
  );
}
