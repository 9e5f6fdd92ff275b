// The keyboard commands in the manifest and what they send; the toolbar title and the
// right-click item named in the interface language of the options.
import { describe, expect, it, vi } from 'vitest';
import config from '../../wxt.config';
import { commandMessage } from '../../lib/keyboard-commands';
import { applyLabels, MENU_ID } from '../../lib/browser-labels';
import { parseMessage } from '../../lib/messages';
import { translate } from '../../lib/i18n';

type Commands = Record<string, { suggested_key?: { default: string }; description: string }>;

const manifest = (browser: string, manifestVersion: 2 | 3) =>
  (config.manifest as (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: string }) => { commands: Commands })({
    browser,
    manifestVersion,
    mode: 'production',
    command: 'build',
  });

describe('keyboard commands', () => {
  it('have next and previous claim next to each other, Alt+Shift+Y and Alt+Shift+U, within Chrome’s four suggested keys', () => {
    for (const [browser, version] of [['chrome', 3], ['firefox', 2]] as const) {
      const { commands } = manifest(browser, version);
      expect(commands['next-claim']!.suggested_key!.default).toBe('Alt+Shift+Y');
      expect(commands['prev-claim']!.suggested_key!.default).toBe('Alt+Shift+U');
      expect(commands['prev-claim']!.description).toBe('__MSG_commandPrevClaim__');
      const keys = Object.values(commands).flatMap((c) => (c.suggested_key ? [c.suggested_key.default] : []));
      expect(keys.length).toBeLessThanOrEqual(4);
      expect(new Set(keys).size).toBe(keys.length);
    }
    expect(translate('zh', 'commandPrevClaim')).toBe('跳到上一条说法');
  });

  it('each send the content script a message it accepts: a step forward or back, or hiding the marks', () => {
    expect(commandMessage('next-claim', 5)).toEqual({ type: 'background/step', direction: 1 });
    expect(commandMessage('prev-claim', 5)).toEqual({ type: 'background/step', direction: -1 });
    expect(commandMessage('toggle-marks', 5)).toEqual({ type: 'reader/toggle-marks', tabId: 5 });
    expect(commandMessage('_execute_action', 5)).toBeNull();
    for (const name of ['next-claim', 'prev-claim', 'toggle-marks']) {
      const message = commandMessage(name, 5)!;
      expect(parseMessage(message)).toEqual(message);
    }
  });
});

describe('toolbar title and right-click item', () => {
  it('are named in the chosen language', async () => {
    const setTitle = vi.fn(async (_: { title: string }) => {});
    const update = vi.fn(async (_id: string, _d: { title: string }) => {});
    await applyLabels({ action: { setTitle }, contextMenus: { update } }, 'en');
    expect(setTitle).toHaveBeenLastCalledWith({ title: 'Yibao Check' });
    expect(update).toHaveBeenLastCalledWith(MENU_ID, { title: 'Check the selected text' });
    await applyLabels({ action: { setTitle }, contextMenus: { update } }, 'zh');
    expect(setTitle).toHaveBeenLastCalledWith({ title: '医保核查' });
    expect(update).toHaveBeenLastCalledWith(MENU_ID, { title: '核查所选文字' });
  });

  it('never throw: the menu item may not exist yet, an API may be missing or throw', async () => {
    const update = vi.fn(async () => {
      throw new Error('Cannot find menu item with id check-selection');
    });
    const setTitle = vi.fn(() => {
      throw new Error('no');
    });
    await expect(applyLabels({ action: { setTitle }, contextMenus: { update } }, 'en')).resolves.toBeUndefined();
    await expect(applyLabels({}, 'zh')).resolves.toBeUndefined();
    expect(update).toHaveBeenCalled();
  });
});
