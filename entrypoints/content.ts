// Content script: thin wiring between the page layer (lib/dom) and the background.
// Nothing here may throw into the page or slow it: every step is guarded.
import { analyze, WARM_UP_STEPS } from '../lib/engine';
import { Annotator } from '../lib/dom/annotator';
import type { ClaimsMessage } from '../lib/messages';
import { onMessages } from '../lib/receive-message';
// The background may be restarting when a message is lost; the next check reports again.
import { send as post } from '../lib/send-message';
import { capClaims } from '../lib/claims-report';
import { DEFAULT_SETTINGS, isEnabledFor, loadSettings, onSettingsChanged, pausedUntil, type Settings } from '../lib/settings';
import { dismissedOn, loadDismissals, onDismissalsChanged, type Dismissals } from '../lib/dismissals';
import { MAX_COMMENT, MAX_QUOTE } from '../lib/verdict-report';
import { resolveLang } from '../lib/i18n';
// Declared in the manifest: the browser applies the ::highlight() rules, and the palette's
// properties they read, before the page renders.
import '../lib/generated/highlight-palette.css';
import '../lib/dom/highlight.css';

/** Longest wait a timer takes (ms); a pause that runs out later is looked at again then. */
const MAX_TIMER = 2 ** 31 - 1;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // As soon as the DOM is parsed: the reader sees the marks with the page, and later content is observed.
  runAt: 'document_end',
  main() {
    let annotator: Annotator | null = null;
    /** Settings were read and applied at least once. */
    let applied = false;
    const host = location.hostname;
    /** Every page's dismissed claims; this page's are looked up by its address at each use (single-page apps change it). */
    let dismissals: Dismissals = {};
    let resumeTimer: ReturnType<typeof setTimeout> | undefined;

    // A page with thousands of claims reports its first ones and its numbers (lib/claims-report.ts).
    const send = (status: ClaimsMessage['status'], claims: ClaimsMessage['claims']): void =>
      post({ type: 'content/claims', url: location.href, status, ...capClaims(claims), marksHidden: annotator?.marksHidden ?? false });

    const apply = (settings: Settings): void => {
      applied = true;
      clearTimeout(resumeTimer);
      try {
        // A pause runs out at the end of the day: look again then.
        const until = pausedUntil(settings, host);
        if (until !== null) resumeTimer = setTimeout(() => apply(settings), Math.min(until - Date.now() + 1000, MAX_TIMER));
        if (!isEnabledFor(settings, host)) {
          annotator?.stop();
          annotator = null;
          send('off', []);
          return;
        }
        if (!annotator) {
          annotator = new Annotator(document, {
            analyze,
            warmUp: WARM_UP_STEPS,
            stylesInManifest: true,
            report: (claims) => send('ok', claims),
            openDetails: (index) => {
              post({ type: 'reader/open-panel', index });
            },
            lang: resolveLang(settings.language),
            inView: ({ above, below }) => post({ type: 'content/in-view', above, below }),
            dismissed: dismissedOn(dismissals, location.href),
            // The background stores both; the annotator has already acted on them.
            dismiss: (claim, undo) => post({ type: 'reader/dismiss', url: location.href, text: claim.text, undo }),
            reportVerdict: (claim, suggested, comment) =>
              post({
                type: 'reader/report-verdict',
                url: location.href,
                quote: claim.text.slice(0, MAX_QUOTE),
                verdict: claim.verdict,
                entry: claim.entry,
                suggested,
                comment: comment.slice(0, MAX_COMMENT),
              }),
          });
          void annotator.start();
        } else annotator.lang = resolveLang(settings.language);
      } catch {
        // Never break the page: a failed check leaves it as it was.
      }
    };

    const followDismissals = (all: Dismissals): void => {
      dismissals = all;
      try {
        annotator?.setDismissed(dismissedOn(all, location.href));
      } catch {
        // Never break the page.
      }
    };

    /** Runs `act` on the annotator, if there is one; a stale index after the page changed shows nothing. */
    const guarded = (act: (a: Annotator) => void): void => {
      try {
        if (annotator) act(annotator);
      } catch {
        // Nothing to show.
      }
    };

    // Only the background and the extension's pages talk to this script (runtime messages from
    // no tab); it never listens to the page's postMessage.
    onMessages(
      {
        'page/reveal': ({ index }) => guarded((a) => a.reveal(index)),
        'page/navigate': ({ direction }) => guarded((a) => a.navigate(direction)),
        'background/step': ({ direction }) => guarded((a) => a.step(direction)),
        'page/get-in-view': () => {
          const around = annotator?.inView;
          return around ? { type: 'content/in-view', above: around.above, below: around.below } : null;
        },
        'reader/toggle-marks': () => {
          if (!annotator) return false;
          annotator.marksHidden = !annotator.marksHidden;
          if (annotator.ready) send('ok', annotator.claims);
          return annotator.marksHidden;
        },
        'background/report': () => {
          // The first check is still running: it reports when done.
          if (!applied) return true;
          if (!annotator) send('off', []);
          else {
            // A single-page app may have moved to another address, with other dismissals.
            guarded((a) => a.setDismissed(dismissedOn(dismissals, location.href)));
            if (annotator.ready) send('ok', annotator.claims);
          }
          return true;
        },
      },
      { accept: (_message, sender) => sender.tab === undefined },
    );

    // The page's dismissed claims are known before the first check, so they never flash up.
    void Promise.all([
      loadSettings().catch(() => DEFAULT_SETTINGS),
      loadDismissals().then(followDismissals, () => {}),
    ]).then(([settings]) => apply(settings));
    onSettingsChanged(apply);
    onDismissalsChanged(followDismissals);
  },
});
