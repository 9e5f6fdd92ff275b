// What the content script (or a test) hands the annotator: the engine, where results go, and the
// reader's choices for this page.
import type { Claim, AnalyzeOptions } from '../engine';
import type { ExtractOptions } from './extract-text';
import type { Lang } from '../i18n';
import type { SuggestedVerdict } from '../verdict-report';
import type { Around } from './claims-in-view';

export interface AnnotatorOptions {
  analyze: (text: string, options?: AnalyzeOptions) => Claim[];
  /** The engine's first-use work (WARM_UP_STEPS), run one step per task before the first analysis so none is a long task. */
  warmUp?: readonly (() => void)[];
  /** Called with the page's claims in page order after each check that changed them. */
  report: (claims: Claim[]) => void;
  /** The card's "details" action. */
  openDetails: (index: number) => void;
  lang?: Lang;
  /** Debounce for later changes (ms). */
  debounce?: number;
  /** Extraction options (tests decide visibility without layout). */
  extract?: ExtractOptions & { budgetMs?: number };
  /** Lets the page run between slices of work; defaults to an idle callback or a timeout. */
  pause?: () => Promise<void>;
  /** The highlight rules arrive with the content script's manifest CSS (see lib/dom/highlight.css). */
  stylesInManifest?: boolean;
  /** Keys (claimKey) of the claims the reader dismissed on this page: neither marked nor reported. */
  dismissed?: Iterable<string>;
  /** The card's dismiss button (undo false) and its undo (true); without it the card offers neither, nor a report. */
  dismiss?: (claim: Claim, undo: boolean) => void;
  /** The card's report of a wrong verdict. */
  reportVerdict?: (claim: Claim, suggested: SuggestedVerdict, comment: string) => void;
  /** Called, at most every 200 ms, when the number of claims above or below the view changes. */
  inView?: (around: Around) => void;
}
