// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimCard } from '../../lib/dom/claim-card';
import { shareText } from '../../lib/share-text';
import type { Claim } from '../../lib/engine';
import { HOTLINE, REGULATION, makeClaim } from '../fixtures/claims';

const CLAIM = makeClaim('misleading', '医保卡可以在ATM取现', {
  explanation: { zh: '不能这样取现。社保卡的银行账户是另一回事。', en: 'It cannot be withdrawn.' },
  sources: [REGULATION, HOTLINE],
});

let card: ClaimCard | null = null;
afterEach(() => {
  card?.remove();
  card = null;
  vi.unstubAllGlobals();
});

function shown(claim: Claim = CLAIM): ShadowRoot {
  card = new ClaimCard(document, { details: () => {} });
  card.show(claim, 0, new DOMRect(10, 10, 100, 20));
  return document.querySelector('yibao-check-card')!.shadowRoot!;
}

describe('claim card', () => {
  it('lists the sources by title and 文号, linking only the one with a confirmed address, in a new tab', () => {
    const root = shown();
    const line = root.querySelector('.sources') as HTMLElement;
    expect(line.hidden).toBe(false);
    expect(line.textContent).toBe('依据 《医疗保障基金使用监督管理条例》国务院令第735号、《国家医疗保障局 12393 医疗保障服务热线》');
    const links = [...line.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')])).toEqual([
      ['《医疗保障基金使用监督管理条例》国务院令第735号', REGULATION.url, '_blank', 'noopener noreferrer'],
    ]);
  });

  it('never links an address that is not http(s), and hides the line when there are no sources', () => {
    let root = shown({ ...CLAIM, sources: [{ ...HOTLINE, url: 'javascript:alert(1)' }] });
    expect(root.querySelector('.sources a')).toBeNull();
    card!.remove();
    root = shown({ ...CLAIM, sources: [] });
    expect((root.querySelector('.sources') as HTMLElement).hidden).toBe(true);
  });

  it('copies the verdict as text with its share button, and says so', async () => {
    const writeText = vi.fn(async (_: string) => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const root = shown();
    const share = root.querySelector('button[data-action="share"]') as HTMLButtonElement;
    expect(share.textContent).toBe('复制分享');
    share.click();
    await vi.waitFor(() => expect(share.textContent).toBe('已复制'));
    expect(writeText).toHaveBeenCalledWith(shareText(CLAIM, document.URL, 'zh'));
  });
});
