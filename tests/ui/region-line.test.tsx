// @vitest-environment happy-dom
// The region line says what the dataset knows for the reader's place, and plainly when it knows
// nothing; the side panel names the 12393 hotline once; the popup's answers use the region too.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from '../fakes/fake-browser';
import { saveSettings } from '../../lib/settings';
import { HotlineNote, RegionLine } from '../../lib/ui/components/region-line';
import { PopupApp } from '../../lib/ui/apps/popup-app';
import { LOOKUP_DEBOUNCE_MS } from '../../lib/ui/components/lookup-box';
import { claim, renderIn, tabState } from './helpers';
import { advance, settle } from './settle';

// The dataset has no province-wide note yet: one stands in for it here.
vi.mock('../../lib/engine', async (original) => {
  const engine = await original<typeof import('../../lib/engine')>();
  return {
    ...engine,
    regionNote: (entry: string, region: { province: string; city?: string }) =>
      entry === 'province-wide' && region.province === '广东省'
        ? { note: { zh: '广东省的规定。', en: 'Guangdong’s rule.' }, sources: [{ id: 'gd', title: '广东省办法', docNumber: '粤医保〔2020〕1号', issuer: '广东省医保局', date: '2020' }] }
        : engine.regionNote(entry, region),
  };
});

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('region line', () => {
  it('gives the sourced rule for the reader’s city where the dataset has one', () => {
    const { container } = renderIn('zh', <RegionLine entry="relocation-payout" region={{ province: '山东省', city: '威海市' }} />);
    const line = container.querySelector('.region')!;
    expect(line.getAttribute('data-region')).toBe('known');
    expect(line.textContent).toContain('你所在的地区：山东省 威海市');
    expect(line.textContent).toContain('威政发〔2008〕10号');
  });

  it('says plainly that the dataset has no rule for the reader’s city, or province, and sends nowhere else per claim', () => {
    let { container } = renderIn('zh', <RegionLine entry="relocation-payout" region={{ province: '山东省', city: '济南市' }} />);
    expect(container.querySelector('.region')!.getAttribute('data-region')).toBe('none');
    expect(container.querySelector('.region')!.textContent).toBe('你所在的地区：山东省 济南市 数据里还没有济南市的规定。');
    cleanup();
    ({ container } = renderIn('en', <RegionLine entry="relocation-payout" region={{ province: '湖南省' }} />));
    expect(container.querySelector('.region')!.textContent).toBe('Your region: 湖南省 The data has no rule for 湖南省 yet.');
    expect(container.textContent).not.toContain('12393');
  });

  it('says when the rule it gives is the province’s, not the city’s', () => {
    const { container } = renderIn('zh', <RegionLine entry="province-wide" region={{ province: '广东省', city: '佛山市' }} />);
    const line = container.querySelector('.region')!;
    expect(line.getAttribute('data-region')).toBe('province');
    expect(line.textContent).toContain('数据里还没有佛山市的规定；广东省的规定：广东省的规定。');
    expect(line.textContent).toContain('粤医保〔2020〕1号');
  });

  it('without a region, says where to set it, unless told the page says so already', () => {
    let { container } = renderIn('zh', <RegionLine entry="relocation-payout" region={null} />);
    expect(container.textContent).toContain('在设置中填写所在地区');
    cleanup();
    ({ container } = renderIn('zh', <RegionLine entry="relocation-payout" region={null} unsetHint={false} />));
    expect(container.innerHTML).toBe('');
  });
});

describe('the hotline note', () => {
  const rd = claim('region-dependent', '离开本市时个人账户余额可以退还本人', { entry: 'relocation-payout' });
  const atm = claim('misleading', '医保卡可以在ATM取现');

  it('names 12393 once for a page with region-dependent claims, with where to set the region when it is not set', () => {
    const { container } = renderIn('zh', <HotlineNote claims={[rd, rd, atm]} region={null} />);
    expect(container.querySelectorAll('.hotline')).toHaveLength(1);
    expect(container.textContent!.match(/12393/g)).toHaveLength(1);
    expect(container.textContent).toContain('在设置中填写所在地区');
  });

  it('leaves the settings hint out once a region is set, and is not there without a claim that needs it', () => {
    let { container } = renderIn('zh', <HotlineNote claims={[rd]} region={{ province: '山东省' }} />);
    expect(container.textContent).not.toContain('设置');
    cleanup();
    ({ container } = renderIn('zh', <HotlineNote claims={tabState([atm]).claims} region={null} />));
    expect(container.innerHTML).toBe('');
  });

  it('is there too when an explanation ends with the advice to call 12393', () => {
    const withAdvice = claim('accurate', '出国定居可以申请一次性支付', {
      explanation: { zh: '条件由各地规定。各地规定不同，请向当地医保局核实，或拨打全国医保服务热线12393。', en: 'x' },
    });
    const { container } = renderIn('zh', <HotlineNote claims={[withAdvice]} region={null} />);
    expect(container.querySelector('.hotline')).not.toBeNull();
  });
});

describe('popup answers', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  async function ask(query: string) {
    const r = render(<PopupApp fixedTab={7} />);
    await settle();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: query } });
    await advance(LOOKUP_DEBOUNCE_MS);
    return r.container;
  }

  it('show the reader’s region under a region-dependent answer, as the side panel does', async () => {
    await saveSettings({ region: { province: '山东省', city: '济南市' } });
    const container = await ask('离开本市时医保个人账户余额可以退还本人吗');
    const item = container.querySelector('.search [data-verdict="region-dependent"]')!;
    expect(item.querySelector('.region')!.textContent).toContain('数据里还没有济南市的规定。');
  });

  it('give the known local rule for a region the dataset has, and where to set the region when none is set', async () => {
    await saveSettings({ region: { province: '山东省', city: '威海市' } });
    let container = await ask('离开本市时医保个人账户余额可以退还本人吗');
    expect(container.querySelector('.search .region')!.textContent).toContain('威政发〔2008〕10号');
    cleanup();
    await saveSettings({ region: null });
    container = await ask('离开本市时医保个人账户余额可以退还本人吗');
    expect(container.querySelector('.search .region')!.textContent).toContain('在设置中填写所在地区');
  });

  it('show no region line under an answer that does not depend on the place', async () => {
    await saveSettings({ region: { province: '山东省', city: '威海市' } });
    const container = await ask('医保卡里的钱可以去ATM取现吗');
    expect(container.querySelector('.search [data-verdict]')).not.toBeNull();
    expect(container.querySelector('.search .region')).toBeNull();
  });
});
