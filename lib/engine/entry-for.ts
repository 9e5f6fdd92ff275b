// The entry that explains a claim the rules did not tie to one: the most specific entry
// anchored by a word of the clause, else of its sentence, else the one closest to the verdict.
import type { Entry } from '../dataset/types';
import type { Verdict } from './types';
import type { Span } from './segment';
import { dataset, entryById } from './dataset';
import { hitsWithin, type Hit } from './features';
import { anchoredBy, candidates } from './match';
import { kindOf } from './rules';

/** Where no word names an entry: the general rule a verdict of that kind speaks to. */
const BY_VERDICT: Record<Verdict, string> = {
  accurate: 'account-use',
  'region-dependent': 'local-rules',
  misleading: 'cash-withdrawal',
  illegal: 'taoxian',
};

/** Words for taking money out, the lawful payouts' loose names included (套现 is said of them too). */
const WITHDRAWAL_WORDS = new Set(['cashout', 'taoxian']);
/** The entry that says taking the fund's money by any route is against the law. */
const WARNED = 'taoxian';
/** The entry of the one-off payouts some places allow. */
const LOCAL_PAYOUT = 'special-case-payout';

const verdictsOf = new WeakMap<Entry, ReadonlySet<Verdict>>();

/** @return true when the entry gives this verdict for some stance (asked for most claims: the entry's verdicts are collected once) */
export function gives(entry: Entry, verdict: Verdict): boolean {
  let verdicts = verdictsOf.get(entry);
  if (!verdicts) verdictsOf.set(entry, (verdicts = new Set(Object.values(entry.verdicts))));
  return verdicts.has(verdict);
}

/**
 * The first entry anchored by one of the hits that can carry the verdict: one whose required words all
 * stand there before one that lacks some (代办 names the agent route, not the POS one, whose terminal is
 * absent), a specific one before a generic one.
 */
function pick(hits: Hit[], verdict: Verdict): Entry | undefined {
  let generic: Entry | undefined;
  let lacking: Entry | undefined;
  for (const h of hits) {
    for (const e of anchoredBy(h.feature)) {
      if (!gives(e, verdict)) continue;
      if (!(e.triggers.all ?? []).every((f) => hits.some((x) => x.feature === f))) lacking ??= e;
      else if (!e.generic) return e;
      else generic ??= e;
    }
  }
  // A true claim is not explained by a rule about words it lacks ("可直接支付…在定点医院的自付费用" is no
  // denial of cash-out at hospitals): the general rule of what the account pays for says more. Nor an
  // offer by a route it does not name ("余额变现,安全无风险" names no POS terminal): cash-out is illegal.
  return generic ?? (verdict === 'accurate' || verdict === 'illegal' ? undefined : lacking);
}

/** The first entry whose triggers hold, as the rules would find them with these anchors, that gives this verdict somewhere. */
function fitting(anchors: Hit[], hits: Hit[], window: () => Hit[], verdict: Verdict): Entry | undefined {
  for (const c of candidates(anchors, hits, window)) if (gives(c.entry, verdict)) return c.entry;
  return undefined;
}

/**
 * @param read the entry the rules read in the clause, which cannot give this verdict itself: a true
 * rule of fact still explains a region-dependent claim about it better than the general local rule
 * ("个人帐户存储额划入其继承人的个人帐户": inheritance, and the local check)
 */
export function entryFor(hits: Hit[], clause: Span, verdict: Verdict, read?: Entry): Entry {
  const own = hitsWithin(hits, clause.start, clause.end);
  // The sentence is the window too: one closure for both readings.
  const window = (): Hit[] => hits;
  // The clause's own words first; then what its sentence says ("退休不是支取的理由，退休后照样划入"
  // speaks of retirement and withdrawal), before an entry one word names whose other words are absent.
  return (
    fitting(own, hits, window, verdict) ??
    fitting(hits, hits, window, verdict) ??
    pick(own, verdict) ??
    pick(hits, verdict) ??
    (read && verdict === 'region-dependent' && kindOf(read) === 'fact' && read.verdicts.affirm === 'accurate' ? read : undefined) ??
    // Taking money out, true only in some places ("套现只有两种情况才可以"): the local one-off payouts, not the general local rule.
    (verdict === 'region-dependent' && own.some((h) => WITHDRAWAL_WORDS.has(h.feature)) ? entryById(LOCAL_PAYOUT) : undefined) ??
    // A true warning that names no route ("这种行为不仅违法…", "…均属于违规操作"): what it warns of is that cashing out is against the law.
    (verdict === 'accurate' && own.some((h) => h.feature === 'cue-wrong') ? entryById(WARNED) : undefined) ??
    entryById(BY_VERDICT[verdict]) ??
    dataset.entries[0]!
  );
}
