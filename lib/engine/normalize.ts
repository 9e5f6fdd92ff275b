// Length-preserving normalisation: every UTF-16 unit maps to exactly one unit, so an offset
// into the normalised text is the same offset into the original text.
import t2s from '../generated/t2s.json';
import { joinSubtitles } from './subtitles';

let table: Uint16Array | null = null;

/** Code-unit table: full-width ASCII → half-width, ideographic space → space, A-Z → a-z, traditional → simplified, 帐 → 账, 俺 → 我, Cantonese 唔 冇 嘅 咗 嚟 攞 撳 … → 不 没 的 了 来 拿 取 …. */
function buildTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let i = 0; i < t.length; i++) t[i] = i;
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  t[0x3000] = 0x20;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 0x20;
  for (let c = 0xff21; c <= 0xff3a; c++) t[c] = c - 0xfee0 + 0x20;
  const { from, to } = t2s as { from: string; to: string };
  for (let i = 0; i < from.length; i++) t[from.charCodeAt(i)] = to.charCodeAt(i);
  // 帐 is the older spelling of 账 in accounts (个人帐户, 帐号, 记帐): one word for the lexicon.
  for (const c of '帐帳') t[c.charCodeAt(0)] = '账'.charCodeAt(0);
  // 俺 is the northern spoken 我 (俺的医保卡, 俺娘): one pronoun for the lexicon's relatives and cards.
  t['俺'.charCodeAt(0)] = '我'.charCodeAt(0);
  // Cantonese, as Hong Kong posters write it: 唔 is 不 (唔得, 唔可以), 冇 is 没 (冇得退), 嘅 is 的, 咗 is 了, 嚟 is 来
  // (攞出嚟: 拿出来), 攞 is 拿, 撳 (press, at an ATM: 撳錢) is 取, 啲 is 的 (醫保啲錢), 喺 is 在, 佢 is 他, 哋 is 们
  // (我哋), 畀 is 给 (畀屋企人用), 睇 is 看. None of them is written in Mandarin.
  for (const [from, to] of ['唔不', '冇没', '嘅的', '咗了', '嚟来', '攞拿', '撳取', '啲的', '喺在', '佢他', '哋们', '畀给', '睇看']) t[from!.charCodeAt(0)] = to!.charCodeAt(0);
  return t;
}

/**
 * Maps every code unit of text through the table into codes.
 * @return whether a surrogate came out. A function of its own: a loop the engine compiles
 * while it runs would leave the code after it without type feedback, and deoptimise each call.
 */
function mapInto(text: string, t: Uint16Array, codes: Uint16Array): boolean {
  let surrogates = 0;
  for (let i = 0; i < text.length; i++) {
    const code = (codes[i] = t[text.charCodeAt(i)]!);
    surrogates |= (code & 0xf800) === 0xd800 ? 1 : 0;
  }
  return surrogates !== 0;
}

/** Turns code units into a string at native speed; null where the runtime has no TextDecoder. */
const utf16 = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;

/**
 * A hashtag (#医保个人账户, #家庭共济, a topic's #…#): a label a post is filed under, not words of its prose.
 * A label holds no punctuation: a forum's reply numbered "#9：到退休就可以全部领出来了，…" is prose.
 */
const HASHTAG = /#[^\s#,.!?:;，。！？：；、()（）"“”]{1,24}(?:#|(?=\s|$))/g;

/** @return text with its hashtags blanked out, at the same length: they name topics, and state nothing. */
function blankHashtags(text: string): string {
  return text.includes('#') ? text.replace(HASHTAG, (tag) => ' '.repeat(tag.length)) : text;
}

/**
 * @return text with the same length, in simplified characters with half-width ASCII in lower case, a
 * transcript's lines joined (subtitles.ts), hashtags blanked.
 */
export function normalize(text: string): string {
  table ??= buildTable();
  const codes = new Uint16Array(text.length);
  // Decoding is exact for code units that are not surrogates (a lone one would become U+FFFD):
  // pages with any, emoji included, take the slower path that copies them as they are.
  if (!mapInto(text, table, codes) && utf16) return joinSubtitles(blankHashtags(utf16.decode(codes)));
  const out: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < text.length; start += CHUNK) {
    out.push(String.fromCharCode.apply(null, codes.subarray(start, start + CHUNK) as unknown as number[]));
  }
  return joinSubtitles(blankHashtags(out.join('')));
}
