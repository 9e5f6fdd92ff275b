// The typed contract between the content script, the background and the extension pages.
// Every message is validated on arrival; anything else (another extension, a web page) is ignored.
import type { Claim, Verdict } from './engine/types';
import { VERDICTS } from './engine/types';
import { MAX_COMMENT, MAX_QUOTE, isSuggestion, type VerdictReport } from './verdict-report';
import type { VerdictCounts } from './claims-report';

/** What the background knows about one tab. */
export interface TabState {
  tabId: number;
  url: string;
  /** ok: checked; off: annotation is turned off for this site; unsupported: not an http(s) page; pending: not checked yet. */
  status: 'ok' | 'off' | 'unsupported' | 'pending';
  claims: Claim[];
  /** What the side panel should show first: a claim the user asked about, or a selection to check. */
  focus?: { index?: number; selection?: string };
  /** The reader hid the page's marks (the claims are still listed). */
  marksHidden?: boolean;
  /** Only when `claims` holds the page's first claims only: how many the page has, in all and per verdict. */
  total?: number;
  counts?: VerdictCounts;
}

/** Content script → background: the claims of the page, in page order (replaces earlier ones). */
export interface ClaimsMessage {
  type: 'claims';
  url: string;
  status: 'ok' | 'off';
  claims: Claim[];
  /** The reader hid the page's marks. */
  marksHidden?: boolean;
  /** Only when `claims` holds the page's first claims only (lib/claims-report.ts): the page's numbers. */
  total?: number;
  counts?: VerdictCounts;
}

/** Page or content script → background: open the side panel, optionally at claim `index`. */
export interface OpenPanelMessage {
  type: 'open-panel';
  tabId?: number;
  index?: number;
}

/** Extension page → background: the state of a tab. */
export interface GetTabStateMessage {
  type: 'get-tab-state';
  tabId: number;
}

/** Extension page → content script (through the background): scroll to claim `index` and flash it. */
export interface RevealMessage {
  type: 'reveal';
  tabId: number;
  index: number;
}

/** Background → content script: send the page's claims again (also tells the background a content script is there). */
export interface ReportMessage {
  type: 'report';
}

/** Background → content script: move keyboard focus to the next (1) or previous (-1) claim. */
export interface StepMessage {
  type: 'step';
  direction: 1 | -1;
}

/**
 * Content script or extension page → background: dismiss the claim `text` on the page at `url`
 * for good, or (undo) show it again. A content script may only name its own page.
 */
export interface DismissMessage {
  type: 'dismiss';
  url: string;
  text: string;
  undo: boolean;
}

/** Content script or extension page → background: record that the reader thinks a verdict wrong: the report, dated when it is stored. */
export interface ReportVerdictMessage extends Omit<VerdictReport, 'at'> {
  type: 'report-verdict';
}

/** Extension page or keyboard command → background → content script: hide the page's marks, or show them again. */
export interface ToggleMarksMessage {
  type: 'toggle-marks';
  tabId: number;
}

/**
 * Content script → background → extension pages: how many claims lie wholly above and below the
 * view (the background adds the tab). Also the content script's answer to GetInViewMessage.
 */
export interface InViewMessage {
  type: 'in-view';
  tabId?: number;
  above: number;
  below: number;
}

/** Extension page → content script (through the background): answer with an InViewMessage. */
export interface GetInViewMessage {
  type: 'get-in-view';
  tabId: number;
}

/** Extension page → content script (through the background): show the claim before (-1) or after (1) the view. */
export interface NavigateMessage {
  type: 'navigate';
  tabId: number;
  direction: 1 | -1;
}

/** Background → extension pages: a tab's state changed. */
export interface TabStateMessage {
  type: 'tab-state';
  state: TabState;
}

/** Background → the side panel: show a claim at this index, or the result of checking a selection. */
export interface FocusMessage {
  type: 'focus';
  tabId: number;
  index?: number;
  selection?: string;
}

export type Message =
  | ClaimsMessage
  | OpenPanelMessage
  | GetTabStateMessage
  | RevealMessage
  | StepMessage
  | ReportMessage
  | TabStateMessage
  | FocusMessage
  | DismissMessage
  | ReportVerdictMessage
  | ToggleMarksMessage
  | InViewMessage
  | GetInViewMessage
  | NavigateMessage;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isTabId = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isString = (v: unknown, max = 100_000): v is string => typeof v === 'string' && v.length <= max;

/** Claims cross a trust boundary (the content script runs in the page): check every field shown later. */
function isClaim(v: unknown): v is Claim {
  if (!isObject(v)) return false;
  const { start, end, text, verdict, entry, confidence, explanation, sources } = v;
  return (
    isIndex(start) &&
    isIndex(end) &&
    (end as number) >= (start as number) &&
    isString(text, 10_000) &&
    VERDICTS.includes(verdict as Verdict) &&
    isString(entry, 200) &&
    typeof confidence === 'number' &&
    confidence >= 0 &&
    confidence <= 1 &&
    isObject(explanation) &&
    isString(explanation.zh) &&
    isString(explanation.en) &&
    Array.isArray(sources) &&
    sources.every((s) => isObject(s) && isString(s.title, 500) && isString(s.docNumber, 200))
  );
}

const isCounts = (v: unknown): boolean => isObject(v) && VERDICTS.every((k) => isIndex(v[k])) && Object.keys(v).length === VERDICTS.length;

/** Most claims a page may report: more than any real page has, few enough to bound memory. */
export const MAX_CLAIMS = 2000;

/** @return the message if it has the shape of one, else null. */
export function parseMessage(v: unknown): Message | null {
  if (!isObject(v)) return null;
  switch (v.type) {
    case 'claims':
      return isString(v.url, 10_000) &&
        (v.status === 'ok' || v.status === 'off') &&
        Array.isArray(v.claims) &&
        v.claims.length <= MAX_CLAIMS &&
        v.claims.every(isClaim) &&
        (v.marksHidden === undefined || typeof v.marksHidden === 'boolean') &&
        (v.total === undefined || (isIndex(v.total) && v.total >= v.claims.length)) &&
        (v.counts === undefined || isCounts(v.counts))
        ? (v as unknown as ClaimsMessage)
        : null;
    case 'open-panel':
      return (v.tabId === undefined || isTabId(v.tabId)) && (v.index === undefined || isIndex(v.index))
        ? { type: 'open-panel', tabId: v.tabId as number | undefined, index: v.index as number | undefined }
        : null;
    case 'get-tab-state':
      return isTabId(v.tabId) ? { type: 'get-tab-state', tabId: v.tabId } : null;
    case 'reveal':
      return isTabId(v.tabId) && isIndex(v.index) ? { type: 'reveal', tabId: v.tabId, index: v.index } : null;
    case 'step':
      return v.direction === 1 || v.direction === -1 ? { type: 'step', direction: v.direction } : null;
    case 'report':
      return { type: 'report' };
    case 'tab-state':
      return isObject(v.state) && isTabId(v.state.tabId) && Array.isArray(v.state.claims) && v.state.claims.every(isClaim)
        ? (v as unknown as TabStateMessage)
        : null;
    case 'focus':
      return isTabId(v.tabId) && (v.index === undefined || isIndex(v.index)) && (v.selection === undefined || isString(v.selection, 5000))
        ? (v as unknown as FocusMessage)
        : null;
    case 'dismiss':
      return isString(v.url, 10_000) && isString(v.text, 10_000) && v.text !== '' && typeof v.undo === 'boolean'
        ? { type: 'dismiss', url: v.url, text: v.text, undo: v.undo }
        : null;
    case 'report-verdict':
      return isString(v.url, 10_000) &&
        isString(v.quote, MAX_QUOTE) &&
        v.quote !== '' &&
        VERDICTS.includes(v.verdict as Verdict) &&
        isString(v.entry, 200) &&
        isSuggestion(v.suggested) &&
        isString(v.comment, MAX_COMMENT)
        ? { type: 'report-verdict', url: v.url, quote: v.quote, verdict: v.verdict as Verdict, entry: v.entry, suggested: v.suggested, comment: v.comment }
        : null;
    case 'toggle-marks':
      return isTabId(v.tabId) ? { type: 'toggle-marks', tabId: v.tabId } : null;
    case 'in-view':
      return (v.tabId === undefined || isTabId(v.tabId)) && isIndex(v.above) && isIndex(v.below)
        ? { type: 'in-view', tabId: v.tabId as number | undefined, above: v.above, below: v.below }
        : null;
    case 'get-in-view':
      return isTabId(v.tabId) ? { type: 'get-in-view', tabId: v.tabId } : null;
    case 'navigate':
      return isTabId(v.tabId) && (v.direction === 1 || v.direction === -1) ? { type: 'navigate', tabId: v.tabId, direction: v.direction } : null;
    default:
      return null;
  }
}

/**
 * Who sent a message to the background: a content script (it runs inside a web page, so it is
 * trusted with its own tab only) or one of the extension's own pages.
 */
export type SenderRole = 'content' | 'extension';

/** Messages each sender may send the background; anything else is ignored. */
const ALLOWED: Record<SenderRole, ReadonlySet<Message['type']>> = {
  content: new Set(['claims', 'open-panel', 'dismiss', 'report-verdict', 'in-view']),
  extension: new Set(['get-tab-state', 'open-panel', 'reveal', 'dismiss', 'report-verdict', 'toggle-marks', 'get-in-view', 'navigate']),
};

/**
 * @param sender runtime.onMessage's sender; `extensionOrigin` is runtime.getURL('')
 * @return the sender's role, or null for another extension or anything unexpected
 */
export function senderRole(sender: { id?: string; url?: string; tab?: { id?: number } }, runtimeId: string, extensionOrigin: string): SenderRole | null {
  if (sender.id !== runtimeId) return null;
  if (sender.url?.startsWith(extensionOrigin)) return 'extension';
  return sender.tab?.id !== undefined ? 'content' : null;
}

export const allowedFrom = (role: SenderRole, message: Message): boolean => ALLOWED[role].has(message.type);

/**
 * A content script speaks for its own page only: a dismissal or report it sends must name a page
 * of the origin it runs in.
 * @param senderUrl runtime.onMessage's sender.url
 */
export function ownPage(url: string, senderUrl: string | undefined): boolean {
  try {
    return senderUrl !== undefined && new URL(url).origin === new URL(senderUrl).origin;
  } catch {
    return false;
  }
}
