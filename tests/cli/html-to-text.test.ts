import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../lib/cli/html-to-text';

describe('htmlToText', () => {
  it('keeps inline text together and puts blocks on their own lines', () => {
    const html = '<p>医保卡里的钱<b>可以</b>在<a href="#">ATM</a>取现。</p><div>第二段</div><ul><li>一</li><li>二</li></ul>';
    expect(htmlToText(html)).toBe('医保卡里的钱可以在ATM取现。\n第二段\n一\n二');
  });

  it('drops scripts, styles, the head, hidden elements and form controls', () => {
    const html =
      '<html><head><title>标题</title><style>p{}</style></head><body><script>var x="医保卡可以取现"</script>' +
      '<p hidden>隐藏一</p><p style="display: none">隐藏二</p><p aria-hidden="true">隐藏三</p>' +
      '<textarea>输入</textarea><noscript>无脚本</noscript><p>可见</p></body></html>';
    expect(htmlToText(html)).toBe('可见');
  });

  it('decodes entities and separates table cells with tabs', () => {
    const html = '<table><tr><td>深圳</td><td>允许&nbsp;购买&amp;使用</td></tr><tr><td>北京</td><td>&lt;不可&gt;</td></tr></table>';
    expect(htmlToText(html)).toBe('深圳\t允许\u00a0购买&使用\n北京\t<不可>');
  });

  it('treats <br> as a line break', () => {
    expect(htmlToText('<p>第一行<br>第二行</p>')).toBe('第一行\n第二行');
  });

  it('joins a Chinese sentence wrapped in the source, but keeps a space where Latin text meets a line break', () => {
    const html = '<p>\n  医保个人账户的钱\n    不能取现，\n  only for medical\n  costs。\n</p>';
    expect(htmlToText(html)).toBe('医保个人账户的钱不能取现， only for medical costs。');
    expect(htmlToText('<p>A  \t B</p>')).toBe('A B');
    expect(htmlToText('<span>医保</span>\n<span>卡</span> <span>可以</span>')).toBe('医保卡 可以');
  });

  it('ignores the whitespace that formats the source between blocks and cells', () => {
    const html = '<body>\n  <div>\n    <h1>标题</h1>\n\n    <table>\n      <tr>\n        <td>城市</td>\n        <td>政策</td>\n      </tr>\n    </table>\n  </div>\n</body>';
    expect(htmlToText(html)).toBe('标题\n城市\t政策');
  });

  it('drops nested content of hidden elements and keeps what follows them', () => {
    const html = '<div style="DISPLAY : NONE"><p>一<span>二</span></p></div><p>三<span hidden>四</span>五</p><template><p>六</p></template>';
    expect(htmlToText(html)).toBe('三五');
  });

  it('decodes named and numeric entities', () => {
    expect(htmlToText('<p>&#x533B;&#20445;卡&quot;取现&quot;&hellip;&#12290;</p>')).toBe('医保卡"取现"…。');
  });

  it('keeps the line breaks of <pre>', () => {
    expect(htmlToText('<pre>第一行\n第二行</pre>')).toBe('第一行\n第二行');
  });
});
