import { describe, expect, it } from 'vitest';
import { joinSubtitles } from '../../lib/engine/subtitles';
import { analyze } from '../../lib/engine/analyze';

describe('a transcript broken into subtitle lines', () => {
  const transcript = ['家人们', '你医保卡里的钱', '放着也是放着', '其实啊', '退休以后', '医保卡里的钱', '可以一次性取出来', '', '文案仅供参考。'].join('\n');

  it('reads a run of short unpunctuated lines as one passage, keeping every offset', () => {
    const joined = joinSubtitles(transcript);
    expect(joined).toHaveLength(transcript.length);
    expect(joined.split('\n')[0]).toBe('家人们,你医保卡里的钱,放着也是放着,其实啊,退休以后,医保卡里的钱,可以一次性取出来');
    // A blank line ends the run; a written sentence after it is left as it is.
    expect(joined.endsWith('\n\n文案仅供参考。')).toBe(true);
  });

  it('finds the claim that spans its lines', () => {
    const claims = analyze(transcript);
    expect(claims.map((c) => c.verdict)).toContain('misleading');
    expect(claims.some((c) => c.text.includes('退休以后') && c.text.includes('取出来'))).toBe(true);
  });

  it('leaves headings, lists, tables and a few short lines alone', () => {
    for (const text of [
      '医保卡取现\n医保卡回收\n医保卡余额',
      '1. 医保卡能取现吗\n2. 医保卡回收\n3. 家庭共济\n4. 医保钱包',
      '项目\t职工\n门诊\t可以\n药店\t可以\n取现\t不可以',
      '一、医保卡能取现吗\n二、停保以后\n三、退休以后\n四、去世以后',
    ]) expect(joinSubtitles(text)).toBe(text);
  });
});

describe('a transcript typed as one long line, its pauses as spaces', () => {
  const line = '医保个人账户的钱归你自己 每年用不完会一直滚存 不会清零 就算人走了 这笔钱也可以由家人继承';

  it('reads each pause between Han characters as a comma, at the same length', () => {
    const joined = joinSubtitles(line);
    expect(joined).toHaveLength(line.length);
    expect(joined).toBe('医保个人账户的钱归你自己,每年用不完会一直滚存,不会清零,就算人走了,这笔钱也可以由家人继承');
  });

  it('judges each clause on its own: the inheritance is not denied by the 不会清零 before it', () => {
    const claims = analyze(line);
    expect(claims.map((c) => c.verdict)).not.toContain('misleading');
    expect(claims.find((c) => c.text.includes('继承'))?.verdict).toBe('accurate');
  });

  it('reads the words after a commenter’s label (阿强 回复 王姐：…) as the spoken line', () => {
    const line = '阿强 回复 王姐：放心啦姐 医保卡的钱本来就是你自己的 取出来天经地义 又不是偷又不是抢';
    expect(joinSubtitles(line)).toBe('阿强 回复 王姐：放心啦姐,医保卡的钱本来就是你自己的,取出来天经地义,又不是偷又不是抢');
    expect(analyze(line).map((c) => c.verdict)).toContain('misleading');
  });

  it('reads an emoji then a space before more words as the end of what was said', () => {
    const post = '我直接拿医保卡去ATM取的啊，医保卡里的钱都能取出来😂 你们是不是搞复杂了';
    expect(joinSubtitles(post)).toBe('我直接拿医保卡去ATM取的啊，医保卡里的钱都能取出来😂,你们是不是搞复杂了');
    expect(analyze(post).map((c) => c.verdict)).toContain('misleading');
  });

  it('reads a commenter’s short line after the label with two pauses as speech', () => {
    const line = '网友“清风徐来”：医保卡的钱不能取 还不让买东西 那到底有啥用';
    expect(joinSubtitles(line)).toBe('网友“清风徐来”：医保卡的钱不能取,还不让买东西,那到底有啥用');
    // Without a label, two pauses are a title's.
    expect(joinSubtitles('医保卡的钱不能取 还不让买东西 那到底有啥用')).toBe('医保卡的钱不能取 还不让买东西 那到底有啥用');
  });

  it('reads a post that puts spaces where commas go the same way, whatever lists, brackets or exclamations it holds', () => {
    const post = '简单说就是 职工医保的个人账户 可以给家里人用！！国家2021年就出了政策 配偶、父母、子女都可以 看病买药都能用';
    expect(joinSubtitles(post)).toBe('简单说就是,职工医保的个人账户,可以给家里人用！！国家2021年就出了政策,配偶、父母、子女都可以,看病买药都能用');
    expect(analyze(post).map((c) => c.verdict)).toContain('accurate');
  });

  it('leaves written lines, short titles and lines with one or two spaces alone', () => {
    for (const text of [
      '医保卡代刷 药店直结 现金秒到',
      '医保个人账户的钱，归你自己 每年用不完会一直滚存 不会清零 就算人走了',
      '医保个人账户的钱归你自己 每年用不完会一直滚存下去而且不会清零所以就算人走了也可以继承',
      '首页 | 新闻 | 政策解读 | 医保个人账户 | 家庭共济 | 异地就医 | 联系我们',
      // Tags, however many, are no speech: no stretch between them is a phrase.
      '医保 社保卡 个人账户 家庭共济 知识分享官 涨知识 生活小技巧 一看就懂',
    ]) expect(joinSubtitles(text)).toBe(text);
  });
});
