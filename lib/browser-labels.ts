// The toolbar button's title and the right-click item are named by the browser from the
// manifest's catalogue, in the browser's language. The options may choose another language:
// these follow it.
import { translate, type Lang } from './i18n';

/** The right-click item that checks the selected text. */
export const MENU_ID = 'check-selection';

/** The parts of the extension API this touches (the Firefox build calls the button browserAction). */
export interface LabelApi {
  action?: { setTitle(details: { title: string }): Promise<void> };
  contextMenus?: { update(id: string, details: { title: string }): Promise<unknown> };
}

/**
 * Names the toolbar button (its title where a tab has none of its own) and the right-click item
 * in `lang`. Never throws: the menu item may not exist yet.
 */
export async function applyLabels(api: LabelApi, lang: Lang): Promise<void> {
  await quietly(() => api.action?.setTitle({ title: translate(lang, 'extName') }));
  await quietly(() => api.contextMenus?.update(MENU_ID, { title: translate(lang, 'contextMenuCheck') }));
}

async function quietly(call: () => unknown): Promise<void> {
  try {
    await call();
  } catch {
    // A browser without the API, or no such menu item yet (it is created on install, named then).
  }
}
