// One value in extension storage (the local area), as settings, dismissed claims and wrong-verdict
// reports are kept: always read back through a repair function, since storage may be stale or
// edited, and written one change at a time.
import browser from 'webextension-polyfill';

export interface StoredValue<T> {
  /** @return the stored value, repaired */
  load(): Promise<T>;
  /**
   * Stores what `change` makes of the stored value, once every change asked for before it is
   * stored, so two quick changes both land. @return what was stored
   */
  update(change: (current: T) => T): Promise<T>;
  /** Calls `listener` with the repaired value whenever it changes; returns the unsubscribe function. */
  onChanged(listener: (value: T) => void): () => void;
}

/** @param repair makes a valid value of whatever storage holds under `key` (undefined when nothing) */
export function storedValue<T>(key: string, repair: (stored: unknown) => T): StoredValue<T> {
  const load = async (): Promise<T> => repair((await browser.storage.local.get(key))[key]);
  let writing: Promise<unknown> = Promise.resolve();
  return {
    load,
    update(change) {
      const next = writing.then(async () => {
        const value = change(await load());
        await browser.storage.local.set({ [key]: value });
        return value;
      });
      writing = next.catch(() => {});
      return next;
    },
    onChanged(listener) {
      const handler = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
        if (area === 'local' && key in changes) listener(repair(changes[key]!.newValue));
      };
      browser.storage.onChanged.addListener(handler);
      return () => browser.storage.onChanged.removeListener(handler);
    },
  };
}
