// Decides how a clause stands towards the thing its anchor word names: negation and its
// scope, hedges, named places, warnings, debunking and questions. Stance decides the
// verdict, not topic: "医保卡可以取现" is misleading, "医保卡不能取现" accurate.
import type { Stance } from './types';
import type { Clause, Sentence } from './segment';
import { containsAny, countMatches, countMatchesOutside } from './literals';
import { dataset } from './dataset';
import { CROSSES } from './answer-marks';
import { codeUnits } from './code-set';
import { isCjk } from './cjk';

export const HEDGES =
  /并非所有|不是所有|并不是所有|并非全部|不是每个|并非每个|不一定|未必|部分地区|部分城市|部分省份|部分地方|一些地区|一些城市|一些地方|某些地区|某些地方|某些城市|有些地区|有些地方|有些城市|有的地方|有的地区|有的城市|个别地区|个别城市|少数地区|少数城市|不少地方|不少地区|不少城市|许多地方|很多地方|很多城市|多地|各地|特定条件下|特殊情况下|一定条件下|某些情况下|特殊情况|特定情况|特殊情形|特定情形|视当地|根据当地|因地而异|当地政策|地方政策|取决于|各省市|部分省市|有的省市|一些省市|多个省份|多个省市|多个地区|多个城市|一些省份|不少省份|多省|各省|有的省|部分省|有些省|可能/g;
/** A count of cases ("以下三种情况下…可以支取", "符合以下条件的可以支取"): such cases exist somewhere, a hedge too. Kept apart from HEDGES, a list of words read without the regex engine. */
const CASES = /(?:以下|下列)[几两三四五六七八九十\d]*种?(?:特殊|特定)?(?:情况|情形|条件)|[几两三四五六七八九十\d]+种(?:特殊|特定)?(?:情况|情形)/;

/** Every count of cases ends in one of these: a list of words, which a sentence is read for once with the others, before CASES is run. */
const CASE_WORDS = /情况|情形|条件/;

/** @return true when text[start, end) hedges (部分地区, 特殊情况下, 以下三种情况) */
export function hedged(text: string, start: number, end: number): boolean {
  return containsAny(HEDGES, text, start, end) || (containsAny(CASE_WORDS, text, start, end) && containsAny(CASES, text, start, end));
}

/** The first characters of the account's names (个人账户, 个账, 家庭账户, 账户): a bare 没 before them denies the account. */
const ACCOUNT_FIRST = codeUnits('个家账');
/** The first characters of words for money handed back (退现金, 返现): a bare 不 before them denies it, as no word of NEGATORS does. */
const HAND_BACK = codeUnits('退返');

const NEGATORS =
  /不能够|不能|不相信|不信|没钱可|不计入|不划入|不划进|不进(?![行步])|不给|不可以|不可能|不可|无法|(?<!得)不得|不被允许|不允许|不准|不让|没办法|谈不上|不设|不存在|不支持|不再|不会|没有|没法|不具备|不具有|禁止|严禁|严格限制|不行|并非|并不|不是|不等于|不提供|不办理|不受理|不向|不因|不需要|无需|不必|不用担心|不用怕|不予|不应|不该|不宜|千万不要|千万别|不要|切勿|(?<![特区分告类个级识派性差辨鉴判离])别(?![人的处样墅具])|勿|而不是|而非|无权|不属于|不构成|没听说|不用于|不接受|不涉及|不接触|拒绝|杜绝|谨防|警惕|远离|避免|以免|防止/g;
// Negations that follow what they negate: "取现是不允许的", "……的说法是错误的", "健身房刷医保卡早就不让了", what comes
// out said not to be the medical money ("社保卡取钱取的不是医保的钱"), a table cell
// that answers its row ("ATM取现\t不可以", "健身房\t×"), and a verb that cannot (健身房刷不了, 在ATM上取不出来;
// not 一年用不了多少).
const POST_NEGATION = new RegExp(String.raw`(?:^|[\s\t])(?:不可以|不能|不行|不允许|不可|禁止|不合规|违规|违法)(?=[\s\t]|$)|(?:^|[\s\t|:：])[${CROSSES}](?=[\s\t|]|$)|是(?:绝对|万万|坚决|完全)?不(?:可能|允许|被允许|行|对|可以)的?|^不行(?:的(?!话)|啊|呀|哦)|不符合[^,，。;；]{0,12}规定|受到?严格(?:的)?限制|不被允许|行不通|是错误|不可行|是违法|属于违法|违法的|属于违规|是违规|是套现|属于套现|不现实|不存在|不可取|没听说过?|已经?取消|全部取消|早就取消|不让(?:刷|用|买|取)|(?:都|也|均|一律|全都)?不(?:能|可以|让|准|得)(?:刷|用|买|取|付|报|走|使用|支付)|(?:哪|哪儿|哪里|到处)都不(?:行|让|能)|(?:刷|用|取|提|转|买|支付)不(?:了|出|到|成|得)(?!多少|那么|这么|几|完|的)|没有开通|没开通|未开通|(?:已经?|早就|早已|全部|均已|都已)(?:停止|叫停|停掉)|被叫停|(?:早就?|早已|已经|现在)(?:不让|不行|不能|不允许|不可以)(?:了|啦)|(?:均|都)?不属于[^,，。;；]{0,14}(?:情形|情况|范围|理由|条件)(?!的)|(?:均|都)?不在[^,，。;；]{0,14}(?:范围|之列)|(?:不是|并不是|并非)(?:医保|医保个人账户|个人账户)(?:里)?的?(?:钱|余额|资金)`);
/** Abolished, right before what it abolishes (取消了个人账户, 取消城乡居民医保个人账户). */
const ABOLISHED = /(?:取消|撤销|撤掉)了?(?:城乡居民医保|居民医保|新农合)?的?$/;
const [QU, CHE] = [...'取撤'].map((c) => c.charCodeAt(0));
/** @return true when text[start, end) ends as ABOLISHED does; read in place first, as nearly no anchor follows 取消 */
function abolishedBefore(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && text.charCodeAt(i) !== QU && text.charCodeAt(i) !== CHE) i++;
  return i < end && ABOLISHED.test(text.slice(start, end));
}
/** The last characters of a 不是…嘛 reminder. */
const REMINDER_END = codeUnits('嘛么吗');
/** 不是…嘛 (…么), a clause that reminds the reader of what is so: no question, and no negation. */
const ASSERTING_NOT = /不是[^,，。；;]{1,20}[嘛么吗]$/;
/** 不是…吗 and 不就是…吗, which ask nothing: they assert what they frame. */
const ASSERTING_QUESTION = /不(?:就)?是[^,，。；;]{1,20}[嘛么吗]$/;
const DEBUNK_AFTER = /并非如此|全是坑|都是坑|是个坑|相混淆|混淆了|完全错误|大错特错|骗了|受骗|其实不然|不是这样|是错误的|是误解|这是误解|是一种误解|是不可能的|这不可能|也是违规的|不予办理|不予受理|说法错误|不实|谣言|是假的|骗局|误区|不可信|不靠谱|没有依据|没有任何依据|毫无依据|没有根据|并不是这样|之类的广告|的小广告|是骗子|是诈骗|老规定|旧规定|旧资料|老黄历|已过时|过时信息|过时的|这类广告|这类小广告|此类广告|此类小广告|违法广告|虚假广告|诈骗广告|为名|幌子|旗号|诱饵|牛皮癣|——假的|——不对|——也不对|——错|——不能|——也不能|——不行|——也不行|——没有|——不会|——当然不|——根本不|搞混了|弄混了|混为一谈|也不对|这不对|是不对的|都不对|说法不对|这样不对|不准确|不正确|不属实/;
// 以为, not the 以为 of 可以为 ("can be used for"); claims put in another's mouth (声称, 所谓, 承诺可以)
// or under a rumour's name (谣言一：…): a page reports them to warn, it does not make them.
/**
 * The lexicon's report words: a case's (cue-report) and the police's (cue-authority), who also issue papers and so tell no case by themselves.
 * A person named by surname and title (陈先生, 刘阿姨: cue-person) is not one: classifieds sign with it and stories and chats name people so.
 */
const REPORT_FEATURES = ['cue-report', 'cue-authority'];
const DEBUNK_BEFORE = /误以为|误认为|错误地认为|(?<!可)以为|声称|号称|宣称|谎称|所谓|鼓吹|承诺可以|承诺能|承诺帮|谣言|误区|传言|传闻|网传|网上流传|网上有人说|网上常有人说|网络上有人说|网络上常有人说|网路上有人说|网路上常有人说|小广告|广告上|广告说|广告称|广告里|张贴/;
/**
 * Where the page's or an official's own voice takes over from words put in another's mouth ("网传…，记者求证，工作人员表示…"),
 * or a story turns from what its teller believed to what turned out (我一直以为…只能自己用，结果…收银阿姨来了一句…).
 */
const OWN_VOICE = /其实|事实上|实际上|真相|结果|才知道|才发现|没想到|原来|核实|求证|辟谣|澄清|(?:工作人员|医保局|医保部门|官方|专家|律师|负责人)[^,，。；;]{0,8}(?:表示|指出|回应|解释|介绍|强调|提醒|告诉)/g;

/** @return where text[start, end) last turns to the page's or an official's own voice, or start */
function ownVoiceFrom(text: string, start: number, end: number): number {
  // Read in a copy of the span and as much after it as one match can run on: exec on the page
  // would search on to its end for a match that starts too late to count.
  const words = text.slice(start, end + OWN_VOICE_LONGEST);
  let from = start;
  OWN_VOICE.lastIndex = 0;
  for (let m = OWN_VOICE.exec(words); m && m.index < end - start; m = OWN_VOICE.exec(words)) from = start + m.index;
  return from;
}
/** The longest match OWN_VOICE can make (工作人员, eight characters, 表示). */
const OWN_VOICE_LONGEST = 16;
// Warnings, and the words of court reports, news reports and regulations: a route described
// there is not advice. The report words are the lexicon's (cue-report, and the police of cue-authority),
// which the classifier reads too.
const WARNING = new RegExp(
  ['违法|违规|被抓|会有事|诱骗|诱导|不法分子|别干|别碰|别再干|查得很严|查得严|严查|不符合规定|不符合医保|不符合相关|不符合法律|不合规|犯罪|非法|违反|骗保|骗取|法律责任|担责|承担责任|刑事|处罚|罚款|严禁|禁止|切勿|谨防|警惕|擦亮眼睛|当心|小心|不要|千万别|风险|查处|打击|被查|后果|危害|损害|陷阱|以身试法|冻结|举报|(?<!得)不得|被骗|骗了|受骗|骗局|诈骗|追责|审理|判决|判处|涉案|查获|责令|违者|条例|立案|追回|否则|就是套现|其实是套现|属于套现|实质是套现|本质上是套现|本质是套现', ...REPORT_FEATURES.flatMap((f) => dataset.features[f]?.terms ?? [])].join('|'),
);
/**
 * Telling the reader a route is safe from the law (不违法, 无风险, 医保局查不到): praise of the route
 * here; on a seller's page, its denial of the penalties (offer-page.ts, which reads more words there:
 * taken as praise, 不存在违法 made a seller's reassurance, a misleading claim, part of its offer). An A-not-A
 * question (会不会被查, 犯不犯法) asks, and praises nothing.
 */
export const SAFE_FROM_LAW = /(?<!违)不违法|(?<!犯)不犯法|没有风险|无风险|零风险|(?<!会)不会被查|(?<!会)不会查|查不到|查不出来|没人查|没有人查|(?<!会)不会有事/;
/** A blog's tip voice passing on a route as a trick worth knowing (小窍门, 最快的办法就是找熟悉的药店, 两边都划算). */
const TIPS = /亲测好用|亲测有效|窍门|小技巧|教你一招|教你几招|教大家一招|最快的办法|偷偷告诉|两边都划算|找熟人|熟悉的药店|好说话/;
const ENDORSE = new RegExp(`${SAFE_FROM_LAW.source}|安全可靠|安全无忧|不用担心|放心|秒到账|当天到账|当天结清|当天结算|不拖款|绝对靠谱|全国可做|都能做|高价(?!药)|诚信(?!档)|专业团队|欢迎咨询|长期有效|很简单|非常简单|很容易|我们药房|我们药店|本药房|本药店|本店|来店里|到店里|找我们|找我(?!们)|联系我(?!们)|私信我|加我(?!们)|卖给我们|价格好商量|价格面议|比例好说|钱就到手|就能到手|我们帮您|我们帮你|帮您刷|帮您变现|帮您取现|帮您提现|帮您套现|帮您操作|帮你刷|帮你变现|帮你取现|帮你提现|帮你套现|帮你操作|上门刷|微信同号|全国可办|均可办理|专属报价|${TIPS.source}`);
const WISH = /该多好|该有多好|多好啊|就好了|多希望|真希望/;
/** 就好了 wishes after a supposition (要是能取出来就好了); after an instruction (绑定一下就好了) it only says that is all it takes. */
const WISHED = /该多好|该有多好|多好啊|多希望|真希望|(?:要是|如果|假如|若是|倘若|要能)[^,，。；;!！?？]{0,20}就好了/;
/** A commenter telling others not to be fooled by the page's author (你们别被up忽悠了): the author's claim is rejected, not the commenter's own before it. */
const BY_THE_AUTHOR = /(?:别|不要)被(?:up主?|博主|楼主|小编|作者|主播)忽悠了?/g;
/** The sentence tells the reader not to believe or follow what it names; blocking is the writer's (屏蔽了), not a site's (（已屏蔽）, a contact hidden by moderators). */
export const REJECTED = /不要相信|举报|千万不要|别信|不要轻信|谨防|警惕|切勿|提防|不要上当|拉黑|屏蔽了|屏蔽掉|果断屏蔽|直接屏蔽|果断封锁|直接封锁|封锁了|别被|不要被|忽悠/;
/** Asks how (怎么取, 如何办理): a question about a claim takes for granted that it can be done (assertion.ts). */
export const HOW = /怎么|怎样|如何|咋/;
/** Asks an open question, not one answered yes or no: how, why, what, which, how much, whose. */
export const OPEN_QUESTION = new RegExp(`${HOW.source}|为什么|为何|什么|啥|哪些|哪里|多少|多久|多长时间|归谁|属于谁|是谁的`);
const QUESTION_WORDS = new RegExp(`吗|是否|能否|可否|(?<!功)能不能|可不可以|是不是|有没有|会不会|行不行|中不中|得不得行|算不算|构不构成|犯不犯法|${OPEN_QUESTION.source}|呢$`);
export const RHETORICAL = /谁说|难道|岂|哪能|怎么可能/;
export const PLACES = new RegExp(
  [
    '北京', '上海', '天津', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东',
    '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '内蒙古', '广西', '西藏', '宁夏',
    '新疆', '深圳', '广州', '杭州', '南京', '武汉', '成都', '西安', '苏州', '厦门', '青岛', '宁波', '大连', '沈阳', '长沙',
    '郑州', '济南', '合肥', '福州', '泉州', '威海', '东莞', '佛山', '无锡', '昆明', '南宁', '贵阳', '哈尔滨', '长春', '石家庄',
    '太原', '南昌', '兰州', '乌鲁木齐', '呼和浩特', '银川', '西宁', '拉萨', '海口', '三亚', '珠海', '温州', '绍兴', '嘉兴',
    '金华', '徐州', '常州', '南通', '扬州', '烟台', '潍坊', '临沂', '洛阳', '宜昌', '襄阳', '株洲', '柳州', '桂林', '遵义', '绵阳',
  ].join('|'),
);

/** How an entry's verdicts treat warnings: routes to avoid, consequences, or ordinary facts. */
export type EntryKind = 'route' | 'consequence' | 'fact';

export interface StanceResult {
  stance: Stance;
  /** Stance words were found (a negation, hedge, place, warning): the stance is less of a guess. */
  marked: boolean;
  /** The sentence calls what it names false (谣言, 误以为, 不要相信): a denial of the whole of it. */
  debunked?: boolean;
}

/** @return how many negators s[start, end) holds, hedges (不一定, 不少地方) not counted */
export function countNegators(s: string, start = 0, end = s.length): number {
  // Most text holds no hedge: then there is nothing to mask, and the negators are counted in place.
  const n = containsAny(HEDGES, s, start, end) ? countMatchesOutside(NEGATORS, HEDGES, s, start, end) : countMatches(NEGATORS, s, start, end);
  // Each A-not-A holds a negator: where none was counted there is none to take back.
  return n === 0 ? 0 : n - yesOrNoAsked(s, start, end);
}

/** The verbs whose A-not-A question (是不是, 能不能, 可不可以, 会不会, 有没有, 行不行, 构不构成) holds one of NEGATORS (不是, 不能, 不构成 …). */
const ASKED_VERBS = codeUnits('是能可会有行构');

/** @return how many A-not-A questions s[start, end) holds: each holds a negator that negates nothing */
function yesOrNoAsked(s: string, start: number, end: number): number {
  let n = 0;
  // A loop over the span, not indexOf: indexOf reads on past the span's end to the next 没 of the page.
  for (let i = start + 1; i < end - 1; i++) {
    const c = s.charCodeAt(i);
    if ((c === NOT || c === NOT_HAVE) && s.charCodeAt(i - 1) === s.charCodeAt(i + 1) && ASKED_VERBS.has(s.charCodeAt(i + 1))) n++;
  }
  return n;
}

/** What a sentence says about all its clauses, computed once per sentence. */
export interface SentenceFacts {
  sentence: Sentence;
  rhetorical: boolean;
  /** Praises an illegal route (无风险, 秒到账). */
  endorsed: boolean;
  /** Warns (违法, 罚款, 切勿), apart from any praise. */
  warned: boolean;
  /** Tells the reader not to believe or follow what it names ("千万不要相信"): beats any praise it quotes. */
  rejected: boolean;
  /**
   * Where what the rejection names starts (read-clauses.ts): the sentence's start, or the rejecting
   * clause's when that clause names an object of its own ("…老伴看病也能用,别听那些收卡的瞎忽悠").
   */
  rejectedFrom?: number;
  /** Longs for what is not ("要是能把里面的钱拿出来用该多好啊"): it states nothing. */
  wish: boolean;
  /** Where the sentence last calls what came before nonsense (纯属瞎说), or -1: what comes before it is called false. */
  nonsenseAt: number;
  /** Where the sentence goes on after a commenter's name that holds a negator (momo不是猫：), or its start. */
  nameEnd: number;

  /** An item of a list whose lead forbids or warns ("以下行为属于违法:"): it names what is forbidden. */
  prohibited?: boolean;
  /** The page is a report (a court case, an exposé): the routes it describes are the reported ones. */
  reported?: boolean;
  /** Under a heading that names the card's bank side or other money and no medical money ("金融账户", "住房公积金相关问题"): what names no medical money speaks of that money. */
  asideSection?: boolean;
}

/**
 * A quotation in the sentence (“医保卡余额高价变现”, or in straight quotes, "高价回收""折现", as many pages
 * type them: short, so that two stray quotes far apart do not make one): praise inside one is the
 * quoted ad's, not the page's.
 */
const QUOTATION = /“[^”]*”|「[^」]*」|"[^"。；;]{1,20}"/g;

export function sentenceFacts(text: string, sentence: Sentence): SentenceFacts {
  const { start, end } = sentence;
  const endorsed = containsAny(ENDORSE, text, start, end) && ENDORSE.test(text.slice(start, end).replace(QUOTATION, ''));
  return {
    sentence,
    rhetorical: containsAny(RHETORICAL, text, start, end),
    endorsed,
    // Without praise to drop, the sentence is read where it stands.
    warned: endorsed ? WARNING.test(text.slice(start, end).replace(ENDORSE, '')) : containsAny(WARNING, text, start, end),
    rejected: containsAny(REJECTED, text, start, end) && REJECTED.test(text.slice(start, end).replace(BY_THE_AUTHOR, '')),
    wish: containsAny(WISH, text, start, end) && WISHED.test(text.slice(start, end)),
    nonsenseAt: nonsenseCalled(text, start, end),
    nameEnd: afterName(text, start, end),
  };
}

/** Report words on a page from which it reads as a report: news and court pages use them throughout, advice pages hardly once. */
const REPORT_PAGE_MIN = 3;

let reportWords: RegExp | null = null;

/** @return true when the page is a report (its report words: 记者, 法院, 案件, 警方 …) */
export function reportPage(text: string): boolean {
  // Its words and its patterns: a person named by surname and 某 (王某, 张某某) is how reports name people.
  reportWords ??= new RegExp(REPORT_FEATURES.flatMap((f) => [...(dataset.features[f]?.terms ?? []), ...(dataset.features[f]?.patterns ?? [])]).join('|') || '(?!)', 'g');
  // Counted only as far as the few that make a report: a report names them hundreds of times.
  let n = 0;
  reportWords.lastIndex = 0;
  while (n < REPORT_PAGE_MIN) {
    const m = reportWords.exec(text);
    if (!m) break;
    n++;
    if (m[0].length === 0) reportWords.lastIndex++;
  }
  reportWords.lastIndex = 0;
  return n >= REPORT_PAGE_MIN;
}

/** Words that reject a belief (不要相信, 轻信), not an act: "千万不要套取医保基金" warns, it dismisses no rumour. */
const DISBELIEF = /相信|别信|勿信|轻信|听信|上当/;

/** @return true when text[start, end) calls what it names false or puts it in another's mouth (谣言, 误以为, 声称, 不要相信) */
export function dismisses(text: string, start: number, end: number): boolean {
  return (
    containsAny(DEBUNK_BEFORE, text, start, end) ||
    containsAny(DEBUNK_AFTER, text, start, end) ||
    (containsAny(REJECTED, text, start, end) && containsAny(DISBELIEF, text, start, end))
  );
}

/** @return true when text[start, end) warns (违法, 罚款, 切勿) or reports (法院, 记者) */
export function warns(text: string, start: number, end: number): boolean {
  return containsAny(WARNING, text, start, end);
}

/** 什么 (啥) and 如何 that ask nothing: 没什么 (nothing much), 没什么大不了的, 不算什么, 并不是什么违法的事, 啥都不用, 无论如何 (whatever happens), 那个什么 (a word the speaker cannot find), 什么的 (and so on), 想买啥就买啥 (whatever one likes), 别信什么代办提现 (don't believe any such thing). */
const NOTHING_MUCH = /没有?什么|不算什么|不是什么|没啥|不算啥|不是啥|啥都|啥也|那个什么|那什么|什么的|(?:无论|不管|不论)(?:如何|怎样|怎么|什么)|(?:想|要|爱)(?:买|刷|用|花|干)(?:啥|什么)就(?:买|刷|用|花|干)(?:啥|什么)|(?:别|不要|千万别|千万不要)(?:信|听|相信|听信|理)(?:什么|啥)/g;

/** Advice to ask someone else (先问问医院能不能用个人账户付): the reader is told, not asking. */
const ASK_THEM = /(?:先|再|去|可以|最好)(?:问问|问一下|咨询一下?)[^，,。？?]{0,12}(?:能不能|可不可以|是否|有没有|行不行)/g;

/** A question asked with a bare 不 at its end, as people type (医保能提现不, 能借人不). */
const TRAILING_NOT = /(?:能|可以|会|是|有|行|要)[^，,。；;！!]{0,12}不[?？]?\s*$/;

/** @return true when a typed text asks rather than states (a question mark or a question word; not a rhetorical question) */
export function asksQuestion(text: string): boolean {
  if (RHETORICAL.test(text)) return false;
  return /[?？]\s*$/.test(text) || QUESTION_WORDS.test(text.replace(NOTHING_MUCH, '').replace(ASK_THEM, '')) || /吧[?？。!！]*\s*$/.test(text) || TRAILING_NOT.test(text);
}

/** @return true when the clause asks rather than states (and is not a rhetorical question). */
export function isQuestion(text: string, facts: SentenceFacts, clause: Clause): boolean {
  if (facts.rhetorical) return false;
  // 不是…吗 asks nothing: it asserts what it frames (医保卡的钱不是可以家庭共济给父母用吗, 不就是医保的钱吗).
  if (REMINDER_END.has(text.charCodeAt(clause.end - 1)) && ASSERTING_QUESTION.test(text.slice(clause.start, clause.end))) return false;
  if (facts.sentence.question || endsAskingYesOrNo(text, clause)) return true;
  if (!containsAny(QUESTION_WORDS, text, clause.start, clause.end)) return false;
  const words = text.slice(clause.start, clause.end);
  if (words.search(NOTHING_MUCH) >= 0 && !QUESTION_WORDS.test(words.replace(NOTHING_MUCH, ''))) return false;
  return !EMBEDDED_HOW.test(words) && !CORRELATIVE.test(words) && !decidedBy(text, clause, facts);
}

/** @return true when the clause ends on an A-not-A of any verb, its question mark left off (退休人员体检单位还管不管, 还能不能用呢) */
function endsAskingYesOrNo(text: string, clause: Clause): boolean {
  let end = clause.end;
  // An emoji after it (能取出来不😂) is the asker's face.
  while (end - clause.start > 3 && !isCjk(text.charCodeAt(end - 1)) && text.charCodeAt(end - 1) > 0x2000) end--;
  if (end - clause.start > 3 && FINAL_PARTICLES.has(text.charCodeAt(end - 1))) end--;
  if (end - clause.start < 4) return false;
  // The spoken 能…不 (这玩意儿能取出来不, 能给我交居民医保不): a modal, then 不 ending the clause.
  if (text.charCodeAt(end - 1) === NOT && MODAL_ASKED.test(text.slice(clause.start, end - 1))) return true;
  // A guess put to others for confirmation (卡借给亲戚用一下应该没事吧): 应该 or 没事, then 吧.
  if (text.charCodeAt(end - 1) === BA && SUPPOSED.test(text.slice(clause.start, end - 1))) return true;
  const not = text.charCodeAt(end - 2);
  if ((not !== NOT && not !== NOT_HAVE) || text.charCodeAt(end - 3) !== text.charCodeAt(end - 1) || !isCjk(text.charCodeAt(end - 1))) return false;
  // Not what something depends on (得看你们省近亲属共济开没开): a hedged claim.
  return !DEPENDS_ON.test(text.slice(clause.start, end - 3));
}
const DEPENDS_ON = /看|取决于|问问|查查|查一下/;
const FINAL_PARTICLES = codeUnits('呢啊呀');
const MODAL_ASKED = /能|可以|可不|会|行/;
const BA = '吧'.charCodeAt(0);
/** What a speaker supposes and asks others to confirm, before 吧: 应该没事吧, 不会有事吧, 没问题吧. */
const SUPPOSED = /应该|没事$|没问题$|不会有事$/;

/** @return true when the clause asks whether, and the sentence says what that depends on (DECIDED_BY) */
function decidedBy(text: string, clause: Clause, facts: SentenceFacts): boolean {
  // Asked for every anchor of a clause in turn: the last clause's answer is kept.
  if (clause === lastClause) return lastDecided;
  lastClause = clause;
  // Nearly no clause asks whether (是否, 能不能 …: all question words), read without the regex engine.
  if (!containsAny(QUESTION_WORDS, text, clause.start, clause.end)) return (lastDecided = false);
  const m = DECIDED_BY.exec(text.slice(clause.start, facts.sentence.end));
  return (lastDecided = m !== null && m.index < clause.end - clause.start);
}
let lastClause: Clause | null = null;
let lastDecided = false;

/** Whether, said to depend on something ("能不能取现要看当地政策", "是否可以提取,各地规定不同"): no question, a hedged claim. */
const DECIDED_BY = /(?:能不能|可不可以|是否|能否|可否)[^。？?]{1,24}(?:要看|得看|主要看|取决于|视[^,，。]{1,8}而定|因地而异|各地(?:规定|政策)?(?:不同|不一)|以当地[^,，。]{0,8}为准)/;

/** A question word said twice as "whenever … then …" (想什么时候取就什么时候取, 想怎么用就怎么用, 刷多少返多少): no question. */
const CORRELATIVE = /(什么时候|怎么|哪里|多少)[^,，。？?]{0,6}就\1|多少[^,，。？?]{1,3}多少/;

/** A how the page promises to explain ("本文将介绍…如何正确使用医保卡进行取现操作", "教你怎么…"): no question, the page's own claim. */
const EMBEDDED_HOW = /(?:介绍|讲解|讲讲|教你|教大家|告诉你|告诉大家|说明|解答|分享)[^,，。？?]{0,14}(?:如何|怎么|怎样)/;

/** 被 just before a route's word, with at most its agent between (被他人冒用, 被盗刷): the route is suffered. */
const PASSIVE = /被(?:他人|别人|不法分子|陌生人)?$/;
const BEI = '被'.charCodeAt(0);
/** @return true when text[from, to) ends as PASSIVE does; read in place first, as nearly no route's word follows 被 */
function suffered(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && text.charCodeAt(i) !== BEI) i--;
  return i >= from && PASSIVE.test(text.slice(from, to));
}

/** Negators that avoid what follows (以免, 避免, 防止): counted once among the negators. */
const AVOIDING = /以免|避免|防止|以防/;

const [NOT, NOT_HAVE, THEN, DONE, HAVE] = [...'不没就了有'].map((c) => c.charCodeAt(0));

/**
 * @return true when text[start, end) holds a 不 or 没 that negates (取不出来, 提不出). Not the 不 of a
 * condition (不用就浪费, 三年没刷就没了: 就 follows within a word) nor the 没 of gone (没了, 没有了):
 * those words say the money is lost. Read in place: an anchor word is read for every candidate of every clause.
 */
function negatedWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== NOT && code !== NOT_HAVE) continue;
    const condition = (i + 2 < end && text.charCodeAt(i + 2) === THEN) || (i + 3 < end && text.charCodeAt(i + 3) === THEN);
    const gone = code === NOT_HAVE && (text.charCodeAt(i + 1) === DONE || (text.charCodeAt(i + 1) === HAVE && text.charCodeAt(i + 2) === DONE));
    if (!condition && !gone) return true;
  }
  return false;
}

/** A commenter's name and its colon at a line's start: no word of permission in it (不可以：… is an answer, not a name). */
const NAME_LABEL = /^[^，,。.！!？?；;：:\s]{2,16}[:：]/;
/** The longest name NAME_LABEL reads, with its colon. */
const NAME_MAX = 16;
const NAME_NEGATOR = /[不没别无]/;
const COLONS = codeUnits(':：');
const PERMISSION = /能|可以|行|允许|准/;
/** @return where the sentence text[start, end) goes on after a commenter's name that holds a negator (路人不是猫：), or start */
function afterName(text: string, start: number, sentenceEnd: number): number {
  // Read in place first: most sentences open with no colon, and are not copied out.
  const end = Math.min(sentenceEnd, start + NAME_MAX + 1);
  let colon = start;
  while (colon < end && !COLONS.has(text.charCodeAt(colon))) colon++;
  if (colon === end) return start;
  const label = NAME_LABEL.exec(text.slice(start, end));
  return label && NAME_NEGATOR.test(label[0]) && !PERMISSION.test(label[0]) ? start + label[0].length : start;
}

/** @return where text[start, end) goes on after its last space between two Chinese characters (a spoken pause), or start */
function afterPause(text: string, start: number, end: number): number {
  for (let i = end - 2; i > start; i--) {
    if (text.charCodeAt(i) === SPACE_CODE && isCjk(text.charCodeAt(i - 1)) && isCjk(text.charCodeAt(i + 1))) return i + 1;
  }
  return start;
}
const SPACE_CODE = 0x20;

/** @return where text[start, end) goes on after its last 的话 or 的 before 按/依 (a condition ends there), or start */
function afterCondition(text: string, start: number, end: number): number {
  // A loop over the span, not lastIndexOf: that reads back past the span to the page's previous 的话.
  // So does 的 before the rule that applies (没有遗嘱的按法定继承, 符合条件的依规定办理): who it applies to.
  for (let i = end - 2; i >= start; i--) if (text.charCodeAt(i) === DE && (text.charCodeAt(i + 1) === HUA || RULE_FOLLOWS.has(text.charCodeAt(i + 1)))) return i + (text.charCodeAt(i + 1) === HUA ? 2 : 1);
  return start;
}
const [DE, HUA] = [...'的话'].map((c) => c.charCodeAt(0));
/** 按, 依: the rule a 的-phrase (those who…) is given. */
const RULE_FOLLOWS = codeUnits('按依');

/**
 * Stance of the clause towards the anchor word at [anchorStart, anchorEnd).
 * Negators count only before the anchor within the clause; an even number cancels out.
 */
export function stanceOf(
  text: string,
  facts: SentenceFacts,
  clause: Clause,
  anchorStart: number,
  anchorEnd: number,
  kind: EntryKind,
): StanceResult {
  const { sentence } = facts;
  const after = text.slice(anchorEnd, clause.end);
  // Whether it can, said to depend on the place ("能不能取现要看当地政策"): neither granted nor denied.
  if (decidedBy(text, clause, facts) && !containsAny(DEBUNK_AFTER, text, anchorEnd, sentence.end)) return { stance: 'hedged', marked: true };

  // A condition closed by 的话 ("不用的话可以卖给…") keeps its negation to itself; a commenter's name
  // before the colon (momo不是猫：去年取过一次…) negates nothing.
  // So does what was said before a pause typed as a space (没有个人账户 没有余额可以取的: two denials, not one cancelled).
  const from = afterPause(text, afterCondition(text, clause.start === sentence.start && facts.nameEnd <= anchorStart ? facts.nameEnd : clause.start, anchorEnd), anchorStart);
  let negated = from < anchorStart && countNegators(text, from, anchorStart) % 2 === 1;
  // Avoiding a consequence ("以免触犯法律", "避免被追责") warns that it follows: it does not deny it.
  if (kind === 'consequence' && AVOIDING.test(text.slice(clause.start, anchorStart))) negated = !negated;
  // A negation inside the anchor word itself: 取不出来, 提不出.
  if (negatedWord(text, Math.max(anchorStart, from), anchorEnd)) negated = !negated;
  // A bare 不 before a word of handing money back (不退现金, 不返现): the hand-back denied; a bare 没 right before
  // the account (早就没个人账户了): the account denied.
  if (anchorStart > from && text.charCodeAt(anchorStart - 1) === NOT && HAND_BACK.has(text.charCodeAt(anchorStart))) negated = !negated;
  else if (kind === 'fact' && anchorStart > from && text.charCodeAt(anchorStart - 1) === NOT_HAVE && ACCOUNT_FIRST.has(text.charCodeAt(anchorStart))) negated = !negated;
  if (POST_NEGATION.test(after)) negated = !negated;
  // An account said to be abolished (早就取消了个人账户, 撤销了家庭账户) is said not to exist.
  if (kind === 'fact' && abolishedBefore(text, Math.max(from, anchorStart - 12), anchorStart)) negated = !negated;
  // 不是…嘛 asserts what it frames (现在不是有家庭共济了嘛: there is): its 不是 denies nothing.
  if (REMINDER_END.has(text.charCodeAt(clause.end - 1)) && ASSERTING_NOT.test(text.slice(clause.start, clause.end))) negated = !negated;
  if (facts.rhetorical) negated = !negated;
  const debunked = containsAny(DEBUNK_AFTER, text, anchorEnd, sentence.end) || facts.nonsenseAt >= anchorEnd;
  // An ad or a rumour named in another clause is not what a consequence threatens ("…的小广告,以免触犯法律").
  const attributedFrom = kind === 'consequence' ? clause.start : sentence.start;
  // Put in another's mouth up to the anchor, not only before an official or the page took over (the
  // first test spares most sentences the second's scan); a question asks about it ("传言…，是真的吗"),
  // it does not call it false.
  const attributed =
    containsAny(DEBUNK_BEFORE, text, attributedFrom, anchorStart) &&
    containsAny(DEBUNK_BEFORE, text, ownVoiceFrom(text, attributedFrom, anchorStart), anchorStart) &&
    !isQuestion(text, facts, sentence.clauses[sentence.clauses.length - 1]!);
  if (debunked || attributed) negated = true;

  // "千万不要相信…", "…都是骗局": whatever the sentence names, it tells the reader it is false;
  // but the consequence a warning threatens ("千万不要…，否则会被冻结") it asserts.
  const rejected = facts.rejected && clause.end > (facts.rejectedFrom ?? sentence.start);
  const dismissed = debunked || ((facts.prohibited || rejected) && kind !== 'consequence');
  if (dismissed) negated = true;
  else if (kind === 'route') {
    // A route suffered ("医保卡被他人冒用") is what a page warns of, not what it offers.
    if (suffered(text, Math.max(clause.start, anchorStart - 5), anchorStart)) negated = true;
    // A report page quotes the offers it exposes, praise and all ("当天到账"); so does a story quoting the one who
    // made the offer (他说“你自己的钱你卖给谁都是你的自由”).
    if (facts.reported || quotedFromAnother(text, sentence.start, anchorStart)) negated = true;
    // Praise inside words put in another's mouth (所谓“高价回收”, 小广告“…”) is theirs, not the page's.
    // A seller's own refusal (本店…，不涉及任何套现业务) is not.
    else if (facts.endorsed && !attributed) negated = REFUSED_ROUTE.test(text.slice(Math.max(clause.start, anchorStart - REFUSED_ROUTE_MAX), anchorStart));
    else if (facts.warned) negated = true;
  } else if (kind === 'consequence' && facts.endorsed) {
    negated = true;
  }
  if (negated) return { stance: 'deny', marked: true, debunked: dismissed || attributed };
  if (containsAny(PLACES, text, sentence.start, clause.end)) return { stance: 'local', marked: true };
  if (hedged(text, sentence.start, clause.end)) return { stance: 'hedged', marked: true };
  return { stance: 'affirm', marked: false };
}

/**
 * @return where text[start, end) last calls what came before nonsense (纯属瞎说, 这是胡说), or -1: not a speaker
 * telling another to stop (…一次性取出来的 别瞎说), who asserts what came before
 */
function nonsenseCalled(text: string, start: number, end: number): number {
  for (let i = end - 1; i > start; i--) {
    if (text.charCodeAt(i) === SAY && NONSENSE.has(text.charCodeAt(i - 1)) && !SCOLD.has(text.charCodeAt(i - 2))) return i - 1;
  }
  return -1;
}
const SAY = '说'.charCodeAt(0);
const NONSENSE = codeUnits('瞎胡');
const SCOLD = codeUnits('别要少');

/** @return true when text[…, anchorStart) ends inside a quotation a third person's speech opens (他说“…, 对方还说：“…) */
function quotedFromAnother(text: string, sentenceStart: number, anchorStart: number): boolean {
  const from = Math.max(sentenceStart, anchorStart - QUOTED_SPEECH_MAX);
  let open = anchorStart - 1;
  while (open >= from && text.charCodeAt(open) !== OPEN_QUOTE) {
    if (text.charCodeAt(open) === CLOSE_QUOTE) return false;
    open--;
  }
  return open >= from && THIRD_PERSON_SAYS.test(text.slice(Math.max(sentenceStart, open - 10), open));
}
const [OPEN_QUOTE, CLOSE_QUOTE] = [...'“”'].map((c) => c.charCodeAt(0));
const QUOTED_SPEECH_MAX = 60;
const THIRD_PERSON_SAYS = /(?:他|她|对方|那人|那个人|卖家|收卡的|中介|客服|老板|店员)(?:还|就|也|却)?(?:说|讲|称|表示|告诉我|跟我说)[:：]?\s*$/;

/** A refusal right before the route it refuses: 不提供套现, 不涉及任何套现业务, 拒绝一切代刷. */
/** Refusing (不提供, 不涉及任何…, 拒绝一切…): a shop's or a page's word for what it will not do. */
export const REFUSAL = '(?:不提供|不涉及|不做|不办理?|不从事|不参与|不承接|不支持|不接受|拒绝|杜绝|严禁|禁止)(?:任何|一切)?';
const REFUSED_ROUTE = new RegExp(`${REFUSAL}(?:形式的)?[“"「]?$`);
/** The longest refusal REFUSED_ROUTE reads. */
const REFUSED_ROUTE_MAX = 9;

/** The word lists read for every sentence or clause: each must stay a list of plain words (literals.ts reads those without a regex). */
export const SENTENCE_WORD_LISTS = { HEDGES, NEGATORS, WARNING, ENDORSE, WISH, REJECTED, QUESTION_WORDS, RHETORICAL, PLACES, DEBUNK_BEFORE, DEBUNK_AFTER, DISBELIEF };
