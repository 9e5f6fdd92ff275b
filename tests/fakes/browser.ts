// A small in-memory stand-in for the extension API (webextension-polyfill) in unit and component
// tests: storage with change events, runtime messaging to a replaceable handler, tabs, i18n.
type Listener<A extends unknown[]> = (...args: A) => unknown;

function event<A extends unknown[]>() {
  const listeners = new Set<Listener<A>>();
  return {
    addListener: (l: Listener<A>) => void listeners.add(l),
    removeListener: (l: Listener<A>) => void listeners.delete(l),
    hasListener: (l: Listener<A>) => listeners.has(l),
    emit: (...args: A) => [...listeners].map((l) => l(...args)),
    clear: () => listeners.clear(),
  };
}

const store = new Map<string, unknown>();
const storageChanged = event<[Record<string, { oldValue?: unknown; newValue?: unknown }>, string]>();
const runtimeMessage = event<[unknown, { id: string }]>();

export const fake = {
  /** Answers runtime.sendMessage from extension pages, as the background would. */
  onSend: (_message: unknown): unknown => undefined,
  sent: [] as unknown[],
  uiLanguage: 'zh-CN',
  activeTab: 7,
  reset(): void {
    store.clear();
    storageChanged.clear();
    runtimeMessage.clear();
    this.sent = [];
    this.onSend = () => undefined;
    this.uiLanguage = 'zh-CN';
  },
  /** Delivers a message to listeners as if the background had sent it. */
  deliver(message: unknown): void {
    runtimeMessage.emit(message, { id: 'test-extension' });
  },
};

const browser = {
  runtime: {
    id: 'test-extension',
    getURL: (p: string) => `chrome-extension://test-extension${p}`,
    sendMessage: async (m: unknown) => {
      fake.sent.push(m);
      return fake.onSend(m);
    },
    onMessage: runtimeMessage,
  },
  storage: {
    local: {
      get: async (key: string) => (store.has(key) ? { [key]: structuredClone(store.get(key)) } : {}),
      set: async (items: Record<string, unknown>) => {
        const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
        for (const [k, v] of Object.entries(items)) {
          changes[k] = { oldValue: store.get(k), newValue: structuredClone(v) };
          store.set(k, structuredClone(v));
        }
        storageChanged.emit(changes, 'local');
      },
    },
    onChanged: storageChanged,
  },
  i18n: {
    getUILanguage: () => fake.uiLanguage,
    getMessage: (key: string) => key,
  },
  tabs: {
    query: async () => [{ id: fake.activeTab, active: true }],
    onActivated: event<[{ tabId: number }]>(),
    create: async () => ({}),
  },
  windows: { onFocusChanged: event<[number]>() },
};

export default browser;
