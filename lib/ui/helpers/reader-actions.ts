import { send } from '../../send-message';
import type { Claim } from '../../engine';
import { MAX_COMMENT, MAX_QUOTE, type SuggestedVerdict } from '../../verdict-report';

/** What a reader may do with a claim of a page besides reading it. */
export interface ReaderActions {
  /** Hides the claim (known by its text) on its page for good, or with undo shows it again. */
  dismiss(text: string, undo: boolean): void;
  /** Records that the reader believes `suggested` right, with an optional comment. */
  report(claim: Claim, suggested: SuggestedVerdict, comment: string): void;
}

/** The reader's actions on the page at `url`, sent to the background, which stores them. */
export function readerActions(url: string): ReaderActions {
  return {
    dismiss: (text, undo) => send({ type: 'reader/dismiss', url, text, undo }),
    report: (claim, suggested, comment) =>
      send({
        type: 'reader/report-verdict',
        url,
        quote: claim.text.slice(0, MAX_QUOTE),
        verdict: claim.verdict,
        entry: claim.entry,
        suggested,
        comment: comment.slice(0, MAX_COMMENT),
      }),
  };
}
