// The advice to ask the local 医保局 or call 12393 closes every region-dependent explanation
// (the engine adds it; several entries word it themselves). The side panel says it once for the
// page, so its items leave that closing sentence out.

/** The closing sentence, as the engine and the dataset word it, in each language. */
const ADVICE: readonly RegExp[] = [
  /(?:具体以当地规定为准|各地规定不同)，请向当地医保局核实，或拨打全国医保服务热线12393。\s*$/u,
  /\s*(?:Local rules decide|Rules differ by place): check with the local medical-insurance bureau(?: \(医保局\))? or the national hotline 12393\.\s*$/u,
];

/** `text` without a closing sentence that only says to ask the local bureau or call 12393; never empty when `text` is not. */
export function withoutHotline(text: string): string {
  for (const re of ADVICE) {
    const rest = text.replace(re, '');
    if (rest !== text && rest.trim()) return rest;
  }
  return text;
}

/** True when `text` ends with that closing sentence. */
export function endsWithHotline(text: string): boolean {
  return withoutHotline(text) !== text;
}
