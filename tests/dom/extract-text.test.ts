// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractText, extractTextInChunks, OWN_ATTRIBUTE, TOPIC } from '../../lib/dom/extract-text';

const hiddenByAttr = (el: Element): boolean => el.hasAttribute('hidden') || (el as HTMLElement).style?.display === 'none';

function extract(html: string): string {
  document.body.innerHTML = html;
  return extractText(document.body, { isHidden: hiddenByAttr }).text;
}

describe('extractText', () => {
  it('joins text split across inline elements into one sentence', () => {
    expect(extract('<p>医保卡里的钱<b>可以</b>在<a href="#">ATM机</a>取现。</p>')).toBe('医保卡里的钱可以在ATM机取现。');
  });

  it('puts blocks, list items and line breaks on their own lines, and table cells apart', () => {
    const text = extract('<h1>标题</h1><p>一段</p><ul><li>甲</li><li>乙</li></ul><p>前<br>后</p><table><tr><td>深圳</td><td>允许</td></tr></table>');
    expect(text.split('\n')).toEqual(['标题', '一段', '甲', '乙', '前', '后', '深圳\t允许']);
  });

  it('skips scripts, styles, form fields, editors, hidden and own elements', () => {
    const text = extract(
      '<p>可见</p><script>var a = "医保卡可以取现"</script><style>p{}</style><textarea>输入框</textarea><input value="值">' +
        '<div contenteditable="true">编辑区</div><p hidden>隐藏</p><p style="display:none">不显示</p>' +
        `<span ${OWN_ATTRIBUTE}="ui">自己的</span><select><option>选项</option></select>`,
    );
    expect(text).toBe('可见');
  });

  it('turns whitespace inside text into single spaces, one for one', () => {
    document.body.innerHTML = '<p>医保卡\n   不能取现</p>';
    const map = extractText(document.body, { isHidden: hiddenByAttr });
    expect(map.text).toBe('医保卡    不能取现');
    expect(map.text.length).toBe(map.segments[0]!.node.data.length);
  });

  it('keeps line breaks inside <pre>, and reads open shadow roots', () => {
    document.body.innerHTML = '<pre>第一行\n第二行</pre><div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>影子里的文字</p>';
    const text = extractText(document.body, { isHidden: hiddenByAttr }).text;
    expect(text).toContain('第一行\n第二行');
    expect(text).toContain('影子里的文字');
  });

  it('reads the page text inside its own fallback marks', () => {
    expect(extract(`<p>医保卡<mark ${OWN_ATTRIBUTE}="mark">不能</mark>取现</p>`)).toBe('医保卡不能取现');
  });

  it('leaves out ruby annotations', () => {
    expect(extract('<p><ruby>医<rt>yī</rt>保<rt>bǎo</rt></ruby>卡不能取现</p>')).toBe('医保卡不能取现');
  });

  it('skips aria-hidden text and every kind of editor, with the default visibility test', () => {
    document.body.innerHTML =
      '<p>可见</p><p aria-hidden="true">读屏跳过</p><div contenteditable>编辑一</div><div contenteditable="plaintext-only">编辑二</div>' +
      '<p style="visibility:hidden">看不见</p>';
    expect(extractText(document.body).text).toBe('可见');
  });

  it('marks which runs continue the previous one with nothing between', () => {
    document.body.innerHTML = '<p>甲<b>乙</b><span hidden>丙</span>丁</p><p>戊</p>';
    const map = extractText(document.body, { isHidden: hiddenByAttr });
    expect(map.segments.map((s) => [s.node.data, s.joined])).toEqual([
      ['甲', false],
      ['乙', true],
      ['丁', false],
      ['戊', false],
    ]);
  });
});

describe('extractTextInChunks', () => {
  it('gives the page the thread between slices and reads the same text as one pass', async () => {
    const items = Array.from({ length: 600 }, (_, i) => `<li>第${i}条：医保卡<b>不能</b>取现。</li>`).join('');
    document.body.innerHTML = `<ul>${items}</ul>`;
    let pauses = 0;
    const map = await extractTextInChunks(document.body, {
      isHidden: hiddenByAttr,
      budgetMs: 0,
      pause: async () => void pauses++,
    });
    expect(pauses).toBeGreaterThan(3);
    const once = extractText(document.body, { isHidden: hiddenByAttr });
    expect(map.text).toBe(once.text);
    expect(map.segments.length).toBe(once.segments.length);
  });
});

describe('TOPIC', () => {
  it('passes simplified and traditional topic words, and nothing else', () => {
    for (const t of ['医保卡', '醫保卡', '醫療保險', '医疗保险', '統籌基金', '新農合', '騙保', '家庭共濟', '定点药店']) expect(TOPIC.test(t), t).toBe(true);
    for (const t of ['住房公积金可以取现', '养老金', '信用卡套现']) expect(TOPIC.test(t), t).toBe(false);
  });
});
