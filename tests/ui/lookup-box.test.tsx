// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/preact';
import type { LookupResult } from '../../lib/engine';
import { LookupBox, LOOKUP_DEBOUNCE_MS } from '../../lib/ui/lookup-box';
import { GUIDANCE, REGULATION, renderIn, result, verdicts } from './helpers';

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

const ANSWERS: LookupResult[] = [
  result('misleading', '医保卡在ATM取现', { sources: [REGULATION, GUIDANCE] }),
  result('accurate', '个人账户不能提现', { sources: [] }),
];

describe('lookup box', () => {
  it('is a labelled search field', () => {
    renderIn('zh', <LookupBox lookup={() => []} />);
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

  it('shows each result with its verdict, summary, explanation and sources, best first', async () => {
    const { container } = renderIn('zh', <LookupBox lookup={() => ANSWERS} />);
    type('医保卡能取现吗');
    await wait(LOOKUP_DEBOUNCE_MS);
    expect(verdicts(container)).toEqual(['misleading', 'accurate']);
    const [first, second] = [...container.querySelectorAll('[data-verdict]')];
    expect(first!.querySelector('.badge')!.textContent).toBe('!误导');
    expect(first!.querySelector('.title')!.textContent).toBe('医保卡在ATM取现');
    expect(first!.querySelector('.explanation')!.textContent).toBe('医保卡在ATM取现的说明');
    expect([...first!.querySelectorAll('.sources li')].map((li) => li.textContent)).toEqual([
      '《医疗保障基金使用监督管理条例》国务院令第735号',
      '《国务院办公厅关于建立健全职工基本医疗保险门诊共济保障机制的指导意见》国办发〔2021〕14号',
    ]);
    expect(first!.querySelectorAll('.sources a')).toHaveLength(1);
    expect(second!.querySelector('.sources')).toBeNull();
  });

  it('says so when nothing matches, pointing to 12393', async () => {
    const { container } = renderIn('zh', <LookupBox lookup={() => []} />);
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

  it('shows dataset texts in the interface language', async () => {
    const { container } = renderIn('en', <LookupBox lookup={() => ANSWERS} />);
    expect(screen.getByLabelText('Type or paste a claim or a question')).toBeTruthy();
    type('can I withdraw');
    await wait(LOOKUP_DEBOUNCE_MS);
    expect(container.querySelector('.title')!.textContent).toBe('EN 医保卡在ATM取现');
    expect(container.querySelector('.badge')!.textContent).toBe('!Misleading');
  });
});
