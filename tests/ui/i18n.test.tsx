// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/preact';
import { fakeBrowser, browserState } from '../fakes/fake-browser';
import { VERDICTS } from '../../lib/engine';
import { resolveLang, translate, verdictKey } from '../../lib/ui/helpers/i18n';
import { STRINGS, type StringKey } from '../../lib/i18n/strings';
import { VerdictBadge } from '../../lib/ui/components/verdict-badge';
import { renderIn } from './helpers';

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});

describe('interface language', () => {
  it('follows the setting, or the browser’s language for auto', () => {
    expect(resolveLang('en', 'zh-CN')).toBe('en');
    expect(resolveLang('zh_CN', 'en-US')).toBe('zh');
    expect(resolveLang('auto', 'en-US')).toBe('en');
    expect(resolveLang('auto', 'zh-TW')).toBe('zh');
    browserState.uiLanguage = 'fr';
    expect(resolveLang('auto')).toBe('en');
    browserState.uiLanguage = 'zh-CN';
    expect(resolveLang('auto')).toBe('zh');
  });

  it('has every string in both languages, and the same placeholders in each', () => {
    for (const [key, text] of Object.entries(STRINGS)) {
      expect(text.zh.trim(), key).not.toBe('');
      expect(text.en.trim(), key).not.toBe('');
      expect(text.en.match(/\{\w+\}/g) ?? [], key).toEqual(text.zh.match(/\{\w+\}/g) ?? []);
    }
  });

  it('fills placeholders', () => {
    expect(translate('zh', 'panelClaimNumber', { n: 3 })).toBe('第 3 条');
    expect(translate('en', 'panelClaimNumber', { n: 3 })).toBe('Claim 3');
  });

  it('has a label for every verdict', () => {
    for (const v of VERDICTS) expect(Object.keys(STRINGS)).toContain(verdictKey(v) as StringKey);
  });

  it('renders the same verdict in the chosen language', () => {
    renderIn('zh', <VerdictBadge verdict="region-dependent" />);
    expect(screen.getByText('因地而异')).toBeTruthy();
    cleanup();
    renderIn('en', <VerdictBadge verdict="region-dependent" />);
    expect(screen.getByText('Region-dependent')).toBeTruthy();
  });
});
