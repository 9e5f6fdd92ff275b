// Public surface of the analysis engine: pure functions, no DOM and no browser API.
export type { Claim, Verdict, Stance, Bilingual, Source, AnalyzeOptions } from './types';
export { VERDICTS, STANCES } from './types';
export { analyze } from './analyze';
export { WARM_UP_STEPS } from './warm-up';
export { lookup, type LookupResult, type LookupOptions } from './lookup';
export { answer, type Answer, type AnswerItem } from './answer';
export { regionNote, type Region } from './region';
