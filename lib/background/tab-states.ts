// The background's record of each tab: kept in memory and mirrored to session storage, because
// a Manifest V3 service worker is stopped when idle and must find its state again.
import browser from 'webextension-polyfill';
import type { TabState } from '../messages';

const KEY = 'tabStates';

export class TabStates {
  private states = new Map<number, TabState>();
  private loaded: Promise<void> | null = null;

  private load(): Promise<void> {
    this.loaded ??= (async () => {
      try {
        const area = (browser.storage as unknown as { session?: browser.Storage.StorageArea }).session;
        const got = area ? await area.get(KEY) : {};
        const saved = got[KEY] as Record<string, TabState> | undefined;
        for (const [id, state] of Object.entries(saved ?? {})) if (!this.states.has(+id)) this.states.set(+id, state);
      } catch {
        // No session storage (older browsers): memory only.
      }
    })();
    return this.loaded;
  }

  private async save(): Promise<void> {
    try {
      const area = (browser.storage as unknown as { session?: browser.Storage.StorageArea }).session;
      await area?.set({ [KEY]: Object.fromEntries(this.states) });
    } catch {
      // Over quota or unavailable: memory still has it.
    }
  }

  async get(tabId: number): Promise<TabState> {
    await this.load();
    return this.states.get(tabId) ?? { tabId, url: '', status: 'pending', claims: [] };
  }

  async set(tabId: number, patch: Partial<Omit<TabState, 'tabId'>>): Promise<TabState> {
    const next = { ...(await this.get(tabId)), ...patch, tabId };
    this.states.set(tabId, next);
    await this.save();
    return next;
  }

  /** Every tab with a recorded state. */
  async all(): Promise<TabState[]> {
    await this.load();
    return [...this.states.values()];
  }

  async remove(tabId: number): Promise<void> {
    await this.load();
    this.states.delete(tabId);
    await this.save();
  }
}
