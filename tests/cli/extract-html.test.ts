import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { extractHtml } from '../../lib/cli/extract-html';
import { extractText } from '../../lib/dom/extract-text';

describe('extractHtml (the CLI reads HTML as the content script does)', () => {
  it('keeps inline text together and puts blocks and <br> on their own lines', async () => {
    const html = '<p>医保卡里的钱<b>可以</b>在<a href="#">ATM</a>取现。</p><div>第二段</div><ul><li>一</li><li>二</li></ul><p>第一行<br>第二行</p>';
    expect(await extractHtml(html)).toBe('医保卡里的钱可以在ATM取现。\n第二段\n一\n二\n第一行\n第二行');
  });

  it('drops scripts, styles, the head, hidden elements and form controls', async () => {
    const html =
      '<html><head><title>标题</title><style>p{}</style></head><body><script>var x="医保卡可以取现"</script>' +
      '<p hidden>隐藏一</p><p style="display: none">隐藏二</p><p aria-hidden="true">隐藏三</p><p style="visibility:hidden">隐藏四</p>' +
      '<textarea>输入</textarea><input value="值"><select><option>选项</option></select><noscript>无脚本</noscript><p>可见</p></body></html>';
    expect(await extractHtml(html)).toBe('可见');
  });

  it('drops what a style sheet hides, nested content of hidden elements, templates and ruby annotations', async () => {
    const html =
      '<style>.fold { display: none }</style><div class="fold"><p>一<span>二</span></p></div>' +
      '<p>三<span hidden>四</span>五</p><template><p>六</p></template><p><ruby>医<rt>yī</rt>保<rt>bǎo</rt></ruby>卡</p>';
    expect(await extractHtml(html)).toBe('三五\n医保卡');
  });

  it('never runs the page scripts', async () => {
    const html = '<body><p>原文</p><script>document.body.innerHTML = "<p>医保卡可以取现</p>"</script><img src=x onerror="document.body.textContent=1"></body>';
    expect(await extractHtml(html)).toBe('原文');
  });

  it('decodes entities and separates table cells with tabs', async () => {
    const html = '<table><tr><td>深圳</td><td>允许&nbsp;购买&amp;使用</td></tr><tr><td>北京</td><td>&lt;不可&gt;</td></tr></table><p>&#x533B;&#20445;卡&quot;取现&quot;&hellip;</p>';
    expect(await extractHtml(html)).toBe('深圳\t允许\u00a0购买&使用\n北京\t<不可>\n医保卡"取现"…');
  });

  it('makes no lines of the whitespace that formats the source between blocks and cells, and keeps <pre> lines', async () => {
    const html = '<body>\n  <div>\n    <h1>标题</h1>\n\n    <table>\n      <tr>\n        <td>城市</td>\n        <td>政策</td>\n      </tr>\n    </table>\n  </div>\n<pre>第一行\n第二行</pre></body>';
    const lines = (await extractHtml(html)).split('\n').map((l) => l.split('\t').map((cell) => cell.trim()));
    expect(lines).toEqual([['标题'], ['城市', '政策'], ['第一行'], ['第二行']]);
  });

  it('gives exactly the text extractText reads from the same document, wrapped lines included', async () => {
    const html = '<article><p>\n  医保个人账户的钱\n    不能取现，\n  只能用于看病买药。\n</p><p>第二段</p></article>';
    const window = new Window();
    window.document.write(html);
    const expected = extractText(window.document.body as unknown as Node).text;
    await window.happyDOM.close();
    expect(await extractHtml(html)).toBe(expected);
    // Source line breaks become spaces, one for one, as on the page (no joining the CLI alone would do).
    expect(expected).toContain('医保个人账户的钱     不能取现');
  });
});
