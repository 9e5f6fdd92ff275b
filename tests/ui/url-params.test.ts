import { describe, expect, it } from 'vitest';
import { intParam } from '../../lib/ui/helpers/url-params';

describe('page parameters', () => {
  it('reads tab ids of any length Chromium uses, and claim indexes', () => {
    expect(intParam('?tabId=1527758212&claim=0', 'tabId')).toBe(1527758212);
    expect(intParam('?tabId=1527758212&claim=0', 'claim')).toBe(0);
    expect(intParam('?tabId=7', 'tabId')).toBe(7);
  });

  it('ignores what is not a non-negative safe integer', () => {
    for (const bad of ['', '-1', '1.5', '7x', '1e3', '99999999999999999999']) expect(intParam(`?tabId=${bad}`, 'tabId')).toBeNull();
    expect(intParam('?claim=2', 'tabId')).toBeNull();
  });
});
