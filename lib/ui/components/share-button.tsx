import { useEffect, useState } from 'preact/hooks';
import type { Claim } from '../../engine';
import { shareText } from '../../share-text';
import { copyText } from '../../copy-text';
import { useLang, useT } from '../helpers/i18n';

/** How long "copied" stays before the button is ready again (ms). */
const STATUS_MS = 2500;

interface Props {
  claim: Claim;
  /** The address of the page the claim was found on. */
  pageUrl: string;
  /** Puts text on the clipboard; the real clipboard unless a test passes its own. */
  copy?: (text: string) => Promise<boolean>;
}

/** Copies one verdict as text (quote, verdict, why, sources, page address) to share it. */
export function ShareButton({ claim, pageUrl, copy = (text) => copyText(text, document) }: Props) {
  const t = useT();
  const lang = useLang();
  const [status, setStatus] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => {
    if (!status) return undefined;
    const timer = setTimeout(() => setStatus(null), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);
  return (
    <>
      <span class="share-status" role="status">
        {status && t(status === 'copied' ? 'shareCopied' : 'shareFailed')}
      </span>
      <button
        type="button"
        data-action="share"
        onClick={() => {
          void copy(shareText(claim, pageUrl, lang)).then(
            (ok) => setStatus(ok ? 'copied' : 'failed'),
            () => setStatus('failed'),
          );
        }}
      >
        {t('shareButton')}
      </button>
    </>
  );
}
