// Content script: thin wiring between the page layer (lib/dom) and the background.
// Nothing here may throw into the page or slow it: every step is guarded.
import browser from 'webextension-polyfill';
import { analyze } from '../lib/engine';
import { Annotator } from '../lib/dom/annotator';
import { parseMessage, type ClaimsMessage } from '../lib/messages';
import { DEFAULT_SETTINGS, isEnabledFor, loadSettings, onSettingsChanged, type Settings } from '../lib/settings';
import { resolveLang } from '../lib/i18n';
// Declared in the manifest: the browser applies the ::highlight() rules before the page renders.
import '../lib/generated/highlight.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // As soon as the DOM is parsed: the reader sees the marks with the page, and later content is observed.
  runAt: 'document_end',
  main() {
    let annotator: Annotator | null = null;
    /** Settings were read and applied at least once. */
    let applied = false;
    const host = location.hostname;

    const send = (status: ClaimsMessage['status'], claims: ClaimsMessage['claims']): void => {
      const message: ClaimsMessage = { type: 'claims', url: location.href, status, claims };
      browser.runtime.sendMessage(message).catch(() => {
        // The background may be restarting; the next check reports again.
      });
    };

    const apply = (settings: Settings): void => {
      applied = true;
      try {
        if (!isEnabledFor(settings, host)) {
          annotator?.stop();
          annotator = null;
          send('off', []);
          return;
        }
        if (!annotator) {
          annotator = new Annotator(document, {
            analyze,
            stylesInManifest: true,
            report: (claims) => send('ok', claims),
            openDetails: (index) => {
              browser.runtime.sendMessage({ type: 'open-panel', index }).catch(() => {});
            },
            lang: resolveLang(settings.language),
          });
          void annotator.start();
        } else annotator.lang = resolveLang(settings.language);
      } catch {
        // Never break the page: a failed check leaves it as it was.
      }
    };

    // Only the background talks to this script (runtime messages); it never listens to the page's postMessage.
    browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      const message = parseMessage(raw);
      try {
        if (message?.type === 'reveal') annotator?.reveal(message.index);
        else if (message?.type === 'step') annotator?.step(message.direction);
        else if (message?.type === 'report') {
          // The first check is still running: it reports when done.
          if (!applied) return Promise.resolve(true);
          if (!annotator) send('off', []);
          else if (annotator.ready) send('ok', annotator.claims);
          return Promise.resolve(true);
        }
      } catch {
        // A stale index after the page changed: nothing to show.
      }
      return undefined;
    });

    loadSettings().then(apply, () => apply(DEFAULT_SETTINGS));
    onSettingsChanged(apply);
  },
});
