import browser from 'webextension-polyfill';

/** Opens the options page in a tab (the browser reuses one already open). */
export function openOptions(): void {
  const inTab = (): void => void browser.tabs.create({ url: browser.runtime.getURL('/options.html') }).catch(() => {});
  try {
    browser.runtime.openOptionsPage().catch(inTab);
  } catch {
    inTab();
  }
}
