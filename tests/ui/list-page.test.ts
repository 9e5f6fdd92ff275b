import { describe, expect, it } from 'vitest';
import { LIST_PAGE, limitFor, moreCount } from '../../lib/ui/helpers/list-page';

describe('a long list a page at a time', () => {
  it('shows whole pages down to the item asked for', () => {
    expect(limitFor(0)).toBe(LIST_PAGE);
    expect(limitFor(LIST_PAGE - 1)).toBe(LIST_PAGE);
    expect(limitFor(LIST_PAGE)).toBe(2 * LIST_PAGE);
    expect(limitFor(951, 100)).toBe(1000);
    expect(limitFor(-3, 100)).toBe(100);
  });

  it('says how many the next "show more" adds', () => {
    expect(moreCount(1000, 100, 100)).toBe(100);
    expect(moreCount(130, 100, 100)).toBe(30);
    expect(moreCount(90, 100, 100)).toBe(0);
  });
});
