// The typed contract between the content script, the background and the extension pages: one
// valibot schema per message, the types derived from them. Every message is validated on
// arrival; anything else (another extension, a web page) is ignored.
// A message's type names who sends it: `content/` the content script, `page/` an extension page
// (popup, side panel), `background/` the background, `reader/` either view on the reader's action
// (the in-page card or an extension page; the keyboard command for toggle-marks).
import * as v from 'valibot';
import type { Claim } from './engine/types';
import { VERDICTS } from './engine/types';
import { MAX_COMMENT, MAX_QUOTE, SUGGESTIONS } from './verdict-report';

/** Most claims a page may report: more than any real page has, few enough to bound memory. */
export const MAX_CLAIMS = 2000;
/** Longest selection the side panel is asked to check (the context menu cuts it there). */
export const MAX_SELECTION = 5000;

const index = v.pipe(v.number(), v.integer(), v.minValue(0));
const tabId = index;
const str = (max = 100_000) => v.pipe(v.string(), v.maxLength(max));
const nonEmpty = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
const url = str(10_000);
const direction = v.picklist([1, -1]);
const verdict = v.picklist(VERDICTS);

/**
 * Claims cross a trust boundary (the content script runs in the page): every field shown later is
 * checked; the others (stance, a source's issuer and address) pass as they are.
 */
const ClaimShape = v.pipe(
  v.looseObject({
    start: index,
    end: index,
    text: str(10_000),
    verdict,
    entry: str(200),
    confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
    explanation: v.looseObject({ zh: str(), en: str() }),
    sources: v.array(v.looseObject({ title: str(500), docNumber: str(200) })),
  }),
  v.check((c) => c.end >= c.start),
);
const claim = v.custom<Claim>((x) => v.is(ClaimShape, x));
const claims = v.pipe(v.array(claim), v.maxLength(MAX_CLAIMS));

/** The page's count per verdict: exactly the four verdicts. */
const counts = v.strictObject(Object.fromEntries(VERDICTS.map((k) => [k, index])) as Record<(typeof VERDICTS)[number], typeof index>);

/** When `claims` holds the page's first claims only (lib/claims-report.ts), the page's numbers; `total` is at least the claims listed. */
const totalCoversClaims = <T extends { claims: unknown[]; total?: number }>(m: T): boolean => m.total === undefined || m.total >= m.claims.length;

/** What the background knows about one tab. */
export const TabStateSchema = v.pipe(
  v.object({
    tabId,
    url,
    /** ok: checked; off: annotation is turned off for this site; unsupported: not an http(s) page; pending: not checked yet. */
    status: v.picklist(['ok', 'off', 'unsupported', 'pending']),
    claims,
    /** What the side panel should show first: a claim the user asked about, or a selection to check. */
    focus: v.optional(v.object({ index: v.optional(index), selection: v.optional(str(MAX_SELECTION)) })),
    /** The reader hid the page's marks (the claims are still listed). */
    marksHidden: v.optional(v.boolean()),
    total: v.optional(index),
    counts: v.optional(counts),
  }),
  v.check(totalCoversClaims),
);
export type TabState = v.InferOutput<typeof TabStateSchema>;

/** Content script → background: the claims of the page, in page order (replaces earlier ones). */
export const ClaimsSchema = v.pipe(
  v.object({
    type: v.literal('content/claims'),
    url,
    status: v.picklist(['ok', 'off']),
    claims,
    /** The reader hid the page's marks. */
    marksHidden: v.optional(v.boolean()),
    total: v.optional(index),
    counts: v.optional(counts),
  }),
  v.check(totalCoversClaims),
);

/** Page or content script → background: open the side panel, optionally at claim `index`. */
export const OpenPanelSchema = v.object({ type: v.literal('reader/open-panel'), tabId: v.optional(tabId), index: v.optional(index) });

/** Extension page → background: the state of a tab (answered with a TabState). */
export const GetTabStateSchema = v.object({ type: v.literal('page/get-tab-state'), tabId });

/** Extension page → content script (through the background): scroll to claim `index` and flash it. */
export const RevealSchema = v.object({ type: v.literal('page/reveal'), tabId, index });

/** Background → content script: send the page's claims again (also tells the background a content script is there). */
export const ReportSchema = v.object({ type: v.literal('background/report') });

/** Background → content script: move keyboard focus to the next (1) or previous (-1) claim. */
export const StepSchema = v.object({ type: v.literal('background/step'), direction });

/**
 * Content script or extension page → background: dismiss the claim `text` on the page at `url`
 * for good, or (undo) show it again. A content script may only name its own page.
 */
export const DismissSchema = v.object({ type: v.literal('reader/dismiss'), url, text: nonEmpty(10_000), undo: v.boolean() });

/** Content script or extension page → background: the reader thinks a verdict wrong (lib/verdict-report.ts; dated when stored). */
export const ReportVerdictSchema = v.object({
  type: v.literal('reader/report-verdict'),
  url,
  quote: nonEmpty(MAX_QUOTE),
  verdict,
  entry: str(200),
  suggested: v.picklist(SUGGESTIONS),
  comment: str(MAX_COMMENT),
});

/** Extension page or keyboard command → background → content script: hide the page's marks, or show them again. */
export const ToggleMarksSchema = v.object({ type: v.literal('reader/toggle-marks'), tabId });

/**
 * Content script → background → extension pages: how many claims lie wholly above and below the
 * view (the background adds the tab). Also the content script's answer to GetInView.
 */
export const InViewSchema = v.object({ type: v.literal('content/in-view'), tabId: v.optional(tabId), above: index, below: index });

/** Extension page → content script (through the background): answer with an InView message. */
export const GetInViewSchema = v.object({ type: v.literal('page/get-in-view'), tabId });

/** Extension page → content script (through the background): show the claim before (-1) or after (1) the view. */
export const NavigateSchema = v.object({ type: v.literal('page/navigate'), tabId, direction });

/** Background → extension pages: a tab's state changed. */
export const TabStateMessageSchema = v.object({ type: v.literal('background/tab-state'), state: TabStateSchema });

/** Background → the side panel: show a claim at this index, or the result of checking a selection. */
export const FocusSchema = v.object({ type: v.literal('background/focus'), tabId, index: v.optional(index), selection: v.optional(str(MAX_SELECTION)) });

export const MessageSchema = v.variant('type', [
  ClaimsSchema,
  OpenPanelSchema,
  GetTabStateSchema,
  RevealSchema,
  StepSchema,
  ReportSchema,
  TabStateMessageSchema,
  FocusSchema,
  DismissSchema,
  ReportVerdictSchema,
  ToggleMarksSchema,
  InViewSchema,
  GetInViewSchema,
  NavigateSchema,
]);

export type ClaimsMessage = v.InferOutput<typeof ClaimsSchema>;
export type OpenPanelMessage = v.InferOutput<typeof OpenPanelSchema>;
export type GetTabStateMessage = v.InferOutput<typeof GetTabStateSchema>;
export type RevealMessage = v.InferOutput<typeof RevealSchema>;
export type ReportMessage = v.InferOutput<typeof ReportSchema>;
export type StepMessage = v.InferOutput<typeof StepSchema>;
export type DismissMessage = v.InferOutput<typeof DismissSchema>;
export type ReportVerdictMessage = v.InferOutput<typeof ReportVerdictSchema>;
export type ToggleMarksMessage = v.InferOutput<typeof ToggleMarksSchema>;
export type InViewMessage = v.InferOutput<typeof InViewSchema>;
export type GetInViewMessage = v.InferOutput<typeof GetInViewSchema>;
export type NavigateMessage = v.InferOutput<typeof NavigateSchema>;
export type TabStateMessage = v.InferOutput<typeof TabStateMessageSchema>;
export type FocusMessage = v.InferOutput<typeof FocusSchema>;
export type Message = v.InferOutput<typeof MessageSchema>;

/**
 * What the receiver answers to each message that has an answer (the rest answer nothing): checked
 * by the sender (lib/send-message.ts), as answers may carry a page's data.
 */
export const REPLY_SCHEMAS = {
  'page/get-tab-state': TabStateSchema,
  'page/get-in-view': v.nullable(InViewSchema),
  'reader/toggle-marks': v.boolean(),
  'reader/dismiss': v.boolean(),
  'reader/report-verdict': v.boolean(),
  'background/report': v.boolean(),
} satisfies { [T in Message['type']]?: v.GenericSchema };
export type Replies = { [T in keyof typeof REPLY_SCHEMAS]: v.InferOutput<(typeof REPLY_SCHEMAS)[T]> };
/** The answer to message type `T`, or undefined for a message that has none. */
export type ReplyTo<T extends Message['type']> = T extends keyof Replies ? Replies[T] : undefined;

/** @return the answer to a `type` message if it has the shape of one, else undefined (also for a message that has no answer). */
export function parseReply<T extends Message['type']>(type: T, raw: unknown): ReplyTo<T> | undefined {
  const schema: v.GenericSchema | undefined = (REPLY_SCHEMAS as Partial<Record<Message['type'], v.GenericSchema>>)[type];
  const r = schema && v.safeParse(schema, raw);
  return r?.success ? (r.output as ReplyTo<T>) : undefined;
}

/** @return the message if it has the shape of one (unknown fields dropped), else null. */
export function parseMessage(raw: unknown): Message | null {
  const r = v.safeParse(MessageSchema, raw);
  return r.success ? r.output : null;
}

/**
 * Who sent a message to the background: a content script (it runs inside a web page, so it is
 * trusted with its own tab only) or one of the extension's own pages.
 */
export type SenderRole = 'content' | 'extension';

/** Messages each sender may send the background; anything else is ignored. */
const ALLOWED: Record<SenderRole, ReadonlySet<Message['type']>> = {
  content: new Set(['content/claims', 'reader/open-panel', 'reader/dismiss', 'reader/report-verdict', 'content/in-view']),
  extension: new Set(['page/get-tab-state', 'reader/open-panel', 'page/reveal', 'reader/dismiss', 'reader/report-verdict', 'reader/toggle-marks', 'page/get-in-view', 'page/navigate']),
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
