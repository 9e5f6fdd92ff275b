// The background wired together: per-tab state, the action badge, the side panel, the context
// menu, the keyboard commands, and the one writer of dismissed claims and wrong-verdict reports.
import browser from 'webextension-polyfill';
import { resolveLang, type Lang } from '../i18n';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, type Settings } from '../settings';
import { applyLabels } from '../browser-labels';
import { toolbarAction } from './action-badge';
import { tabUpdates, type TabUpdates } from './tab-updates';
import { openPanel } from './side-panel';
import { routeMessages } from './router';
import { followTabLoads } from './presence';
import { createMenu, onCommand, onMenuClick } from './menu-and-commands';

/** Starts the background; @return its tab states, for tests */
export function startBackground(): TabUpdates {
  const action = toolbarAction();
  /** The settings as last read; followed below. */
  let settings: Promise<Settings> = loadSettings().catch(() => DEFAULT_SETTINGS);
  /** The interface language, for the button's title; follows the settings. */
  let lang: Promise<Lang> = settings.then((s) => resolveLang(s.language));
  const updates = tabUpdates(action, () => lang);

  onSettingsChanged((changed) => {
    settings = Promise.resolve(changed);
    const next = resolveLang(changed.language);
    void lang.then(async (was) => {
      lang = Promise.resolve(next);
      if (was === next) return;
      await applyLabels({ action, contextMenus: browser.contextMenus }, next);
      await updates.repaint();
    });
  });
  // The browser names the button and the menu item in its own language; the options may choose another.
  void lang.then((l) => applyLabels({ action, contextMenus: browser.contextMenus }, l));

  browser.runtime.onInstalled.addListener(async () => createMenu(await loadSettings()));
  browser.contextMenus.onClicked.addListener(onMenuClick(updates, openPanel));
  browser.commands?.onCommand.addListener(onCommand);
  routeMessages({
    updates,
    settings: () => settings,
    openPanel,
    runtimeId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  });
  const onLoad = followTabLoads(updates);
  browser.tabs.onUpdated.addListener((tabId, change) => void onLoad(tabId, change));
  browser.tabs.onRemoved.addListener((tabId) => void updates.tabs.remove(tabId));
  return updates;
}
