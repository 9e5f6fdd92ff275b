// The marks a table cell or a list answers with ("ATM取现\t✘", "家庭共济：✔"): a cross says no,
// a tick says yes. Read by the segmenter (a row so answered asserts), the stance (a cross after
// what it answers negates it) and the claim filter (a mark stands for the words 可以, 不可以).

/** Marks that say no: ×, ✘, ✗, ❌. */
export const CROSSES = '×✘✗❌';
/** Marks that say yes: ✔, ✓, √, ✅. */
export const TICKS = '✔✓√✅';
