// A stand-in engine for the page layer's tests: every "医保卡可以取现" is misleading, every
// "医保卡不能取现" accurate, judged line by line like the real one (honouring `from`).
import type { Claim } from '../../lib/engine';

export const PHRASES = [
  ['医保卡可以取现', 'misleading'],
  ['医保卡不能取现', 'accurate'],
] as const;

export function fakeAnalyze(text: string, options: { from?: number } = {}): Claim[] {
  const out: Claim[] = [];
  const from = options.from ? text.lastIndexOf('\n', options.from - 1) + 1 : 0;
  for (const [phrase, verdict] of PHRASES) {
    for (let i = text.indexOf(phrase, from); i >= 0; i = text.indexOf(phrase, i + 1)) {
      out.push({
        start: i,
        end: i + phrase.length,
        text: phrase,
        verdict,
        entry: 'x',
        stance: 'affirm',
        confidence: 0.9,
        explanation: { zh: '说明。', en: 'Why.' },
        sources: [],
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
