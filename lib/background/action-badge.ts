// Painting a tab's badge, colours and tooltip on the toolbar button.
import browser from 'webextension-polyfill';
import type { TabState } from '../messages';
import type { Lang } from '../i18n';
import { badgeFor } from './badge';

export type ActionApi = browser.Action.Static;

/** The toolbar button: `action` in Manifest V3, `browserAction` in the Firefox (Manifest V2) build. */
export const toolbarAction = (): ActionApi | undefined => browser.action ?? browser.browserAction;

/** Runs one call on the button; a tab closed meanwhile is no error. */
async function quietly(call: () => unknown): Promise<void> {
  try {
    await call();
  } catch {
    // The tab is gone.
  }
}

/** Shows `state`'s badge on its tab. */
export async function showBadge(action: ActionApi | undefined, state: TabState, lang: Lang): Promise<void> {
  if (!action) return;
  const tabId = state.tabId;
  const badge = badgeFor(state, lang);
  await quietly(() => action.setBadgeText({ tabId, text: badge.text }));
  await quietly(() => action.setBadgeBackgroundColor({ tabId, color: badge.background }));
  // Chrome 110+ and Firefox 63+; without it the browser picks a readable text colour itself.
  await quietly(() => (action as { setBadgeTextColor?(d: { tabId: number; color: string }): unknown }).setBadgeTextColor?.({ tabId, color: badge.color }));
  await quietly(() => action.setTitle({ tabId, title: badge.title }));
}
