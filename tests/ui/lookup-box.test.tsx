// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/preact';
import { LookupBox, LOOKUP_DEBOUNCE_MS } from '../../lib/ui/components/lookup-box';
import { GUIDANCE, REGULATION, answerOf, item, renderIn, verdicts } from './helpers';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const wait = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

const type = (value: string) => fireEvent.input(screen.getByRole('searchbox'), { target: { value } });

const ANSWERS = answerOf([
  item('misleading', '医保卡在ATM取现', { sources: [REGULATION, GUIDANCE], reply: { zh: '不能。医保卡在ATM取现', en: 'No. EN 医保卡在ATM取现' } }),
  item('accurate', '个人账户不能提现', { sources: [], quote: '个人账户不能提现' }),
]);
const NOTHING = answerOf([]);

describe('lookup box', () => {
  it('is a labelled search field', () => {
    renderIn('zh', <LookupBox lookup={() => NOTHING} />);
    const input = screen.getByLabelText('输入或粘贴一个说法或问题') as HTMLInputElement;
    expect(input.type).toBe('search');
    expect(input).toBe(screen.getByRole('searchbox'));
  });

  it('looks up once typing pauses, with the last text', async () => {
    const lookup = vi.fn((_: string) => ANSWERS);
    const { container } = renderIn('zh', <LookupBox lookup={lookup} />);
    type('医保卡');
    await wait(LOOKUP_DEBOUNCE_MS - 50);
    type('医保卡里的钱');
    await wait(LOOKUP_DEBOUNCE_MS - 50);
    type('医保卡里的钱可以去ATM取现吗');
    await wait(LOOKUP_DEBOUNCE_MS - 50);
    expect(lookup).not.toHaveBeenCalled();
    expect(verdicts(container)).toEqual([]);
    await wait(60);
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup).toHaveBeenCalledWith('医保卡里的钱可以去ATM取现吗');
  });

  it('shows each item with the reader’s words, the reply or verdict, the rule, explanation and sources, in order', async () => {
    const { container } = renderIn('zh', <LookupBox lookup={() => ANSWERS} />);
    type('医保卡能取现吗');
    await wait(LOOKUP_DEBOUNCE_MS);
    expect(verdicts(container)).toEqual(['misleading', 'accurate']);
    const [first, second] = [...container.querySelectorAll('li[data-verdict]')];
    expect(first!.querySelector('blockquote')!.textContent).toBe('医保卡在ATM取现？');
    expect(first!.querySelector('.reply')!.textContent).toBe('不能。医保卡在ATM取现');
    expect(first!.querySelector('.badge')!.textContent).toBe('!误导');
    // The reply states the rule: it is not said twice.
    expect(first!.querySelector('.rule')).toBeNull();
    expect(second!.querySelector('.title')!.textContent).toBe('个人账户不能提现');
    // A statement has no reply: its verdict stands beside its own words.
    expect(second!.querySelector('.reply')).toBeNull();
    expect(second!.querySelector('blockquote')!.textContent).toBe('个人账户不能提现');
    expect(second!.querySelector('.claim-head')!.textContent).toBe('这种说法：✓准确');
    expect(first!.querySelector('.explanation')!.textContent).toBe('医保卡在ATM取现的说明');
    expect([...first!.querySelectorAll('.sources li')].map((li) => li.textContent)).toEqual([
      '《医疗保障基金使用监督管理条例》国务院令第735号',
      '《国务院办公厅关于建立健全职工基本医疗保险门诊共济保障机制的指导意见》国办发〔2021〕14号',
    ]);
    expect(first!.querySelectorAll('.sources a')).toHaveLength(1);
    expect(second!.querySelector('.sources')).toBeNull();
  });

  it('says when the rule shown is only the nearest, and not otherwise', async () => {
    const nearest = answerOf([item('region-dependent', '出国定居时余额一次性支付', { nearest: true })]);
    const { container } = renderIn('zh', <LookupBox lookup={(q) => (q.includes('出国') ? nearest : ANSWERS)} />);
    type('出国定居医保个人账户');
    await wait(LOOKUP_DEBOUNCE_MS);
    expect(container.querySelector('.nearest')!.textContent).toMatch(/最接近/);
    // The nearest rule may speak of another thing: the reader's words get no verdict from it.
    expect(container.querySelector('.badge')).toBeNull();
    expect(container.querySelector('.claim')!.hasAttribute('data-verdict')).toBe(false);
    expect(container.querySelector('.rule .title')!.textContent).toBe('出国定居时余额一次性支付');
    type('医保卡能取现吗');
    await wait(LOOKUP_DEBOUNCE_MS);
    expect(container.querySelector('.nearest')).toBeNull();
    expect(container.querySelector('.badge')).not.toBeNull();
  });

  it('says so when nothing matches, pointing to 12393', async () => {
    const { container } = renderIn('zh', <LookupBox lookup={() => NOTHING} />);
    type('今天天气怎么样');
    await wait(LOOKUP_DEBOUNCE_MS);
    expect(container.textContent).toContain('没有找到相关的政策条目');
    expect(container.textContent).toContain('12393');
  });

  it('does not look up blank input, and clearing the box clears the results at once', async () => {
    const lookup = vi.fn((_: string) => ANSWERS);
    const { container } = renderIn('zh', <LookupBox lookup={lookup} />);
    type('   ');
    await wait(LOOKUP_DEBOUNCE_MS);
    expect(lookup).not.toHaveBeenCalled();
    type('医保卡取现');
    await wait(LOOKUP_DEBOUNCE_MS);
    expect(verdicts(container)).toHaveLength(2);
    type('');
    expect(verdicts(container)).toEqual([]);
    expect(container.textContent).not.toContain('没有找到');
  });

  it('says when the text is about other money, in English, or was cut', async () => {
    let next = answerOf([], 'off-topic');
    const { container } = renderIn('zh', <LookupBox lookup={() => next} />);
    type('公积金怎么提取');
    await wait(LOOKUP_DEBOUNCE_MS);
    expect(container.querySelector('.notice.off-topic')!.textContent).toContain('说的不是医保');
    expect(container.textContent).not.toContain('没有找到');
    next = answerOf([], 'english');
    type('cash out my card');
    await wait(LOOKUP_DEBOUNCE_MS);
    expect(container.querySelector('.notice.english')!.textContent).toContain('请用中文');
    next = answerOf([item('misleading', '医保卡可以取现')], 'truncated');
    type('医保卡可以取现。'.repeat(300));
    await wait(LOOKUP_DEBOUNCE_MS);
    expect(container.querySelector('.notice.truncated')!.textContent).toContain('只核查了前2000个字');
    expect(verdicts(container)).toEqual(['misleading']);
  });

  it('shows dataset texts in the interface language', async () => {
    const { container } = renderIn('en', <LookupBox lookup={() => ANSWERS} />);
    expect(screen.getByLabelText('Type or paste a claim or a question')).toBeTruthy();
    type('can I withdraw');
    await wait(LOOKUP_DEBOUNCE_MS);
    expect(container.querySelector('.reply')!.textContent).toBe('No. EN 医保卡在ATM取现');
    expect(container.querySelector('.title')!.textContent).toBe('EN 个人账户不能提现');
    expect(container.querySelector('.badge')!.textContent).toBe('!Misleading');
  });
});
