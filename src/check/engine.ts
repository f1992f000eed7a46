// Run the rules over a disclosure. Rules return finding drafts; the engine adds severity and
// category from the catalog, counts outcomes per rule, and keeps only what is not a pass unless
// asked for everything.
import type { Disclosure } from '../model/disclosure.js';
import type { Finding, Outcome } from '../model/finding.js';
import { ruleCatalog } from './catalog.js';
import { makeContext } from './context.js';
import type { Rule } from './rule.js';
import { PASS } from './sums.js';

export interface CheckOptions {
  /** Rule ids or categories to run (all when absent). */
  readonly only?: readonly string[];
  /** Rule ids or categories to skip. */
  readonly skip?: readonly string[];
  /** Keep `pass` findings too (they are always counted). */
  readonly includePasses?: boolean;
}

export type OutcomeCounts = Record<Outcome, number>;

export interface CheckResult {
  readonly findings: Finding[];
  readonly counts: OutcomeCounts;
  /** Outcome counts per rule id (rules with no finding are absent: nothing to check). */
  readonly byRule: Record<string, OutcomeCounts>;
  readonly rulesRun: number;
}

function selected(rule: Rule, opts: CheckOptions): boolean {
  const hit = (list?: readonly string[]) =>
    !!list?.some((x) => x === rule.id || x === rule.category || rule.id.startsWith(`${x}:`));
  if (opts.only?.length && !hit(opts.only)) return false;
  return !hit(opts.skip);
}

/** The catalog's rules that `only`/`skip` select, in catalog order. */
export function selectRules(opts: CheckOptions = {}): Rule[] {
  return ruleCatalog().filter((r) => selected(r, opts));
}

export function emptyCounts(): OutcomeCounts {
  return { pass: 0, fail: 0, rounding: 0, not_applicable: 0, insufficient_data: 0 };
}

/**
 * A rule as the engine reads it. The catalog's rules come in several object shapes (literals,
 * spreads of a row), so reading `id` or `evaluate` off them is a megamorphic load per rule per
 * document; copied into one shape, once per catalog, the loads are monomorphic.
 */
interface Runner {
  readonly id: string;
  readonly severity: Rule['severity'];
  readonly category: Rule['category'];
  readonly evaluate: Rule['evaluate'];
}

function runnersOf(rules: readonly Rule[]): Runner[] {
  return rules.map((r) => ({
    id: r.id,
    severity: r.severity,
    category: r.category,
    evaluate: r.evaluate,
  }));
}

let catalogRunners: Runner[] | undefined;

/**
 * Outcome counts of the rules that returned drafts, five to a rule (a slot per outcome) in the
 * order they ran: one array per document instead of an object per rule, read into `byRule` only
 * when a caller asks.
 */
const PASS_AT = 0;
const FAIL_AT = 1;
const ROUNDING_AT = 2;
const NOT_APPLICABLE_AT = 3;
const INSUFFICIENT_AT = 4;
const SLOTS = 5;

/** byRule from the tallies: the first `count` rules of `ran` (those that returned drafts), by id. */
function byRuleOf(
  rules: readonly Runner[],
  ran: readonly number[],
  count: number,
  tallies: readonly number[],
): Record<string, OutcomeCounts> {
  const byRule: Record<string, OutcomeCounts> = {};
  for (let n = 0; n < count; n++) {
    const at = n * SLOTS;
    byRule[rules[ran[n]!]!.id] = {
      pass: tallies[at + PASS_AT]!,
      fail: tallies[at + FAIL_AT]!,
      rounding: tallies[at + ROUNDING_AT]!,
      not_applicable: tallies[at + NOT_APPLICABLE_AT]!,
      insufficient_data: tallies[at + INSUFFICIENT_AT]!,
    };
  }
  return byRule;
}

export function checkDisclosure(d: Disclosure, opts: CheckOptions = {}): CheckResult {
  const ctx = makeContext(d, { keepPasses: !!opts.includePasses });
  const findings: Finding[] = [];
  const counts = emptyCounts();
  // Most calls select everything: skip the per-rule matching then.
  const rules =
    opts.only?.length || opts.skip?.length
      ? runnersOf(selectRules(opts))
      : (catalogRunners ??= runnersOf(ruleCatalog()));
  const keep = !!opts.includePasses;
  // Indexes of the rules that returned drafts (byRule's keys, in order), and their counts: made
  // at their largest size up front (at most every rule runs), so no push regrows them.
  const ran = new Array<number>(rules.length);
  const tallies = new Array<number>(rules.length * SLOTS);
  let ranCount = 0;
  for (let k = 0; k < rules.length; k++) {
    const rule = rules[k]!;
    const drafts = rule.evaluate(d, ctx);
    if (drafts.length === 0) continue;
    // Tallied in locals (a switch on the outcome, not counts[outcome]++: a keyed store per draft
    // is the engine's largest cost after the findings themselves).
    let pass = 0;
    let fail = 0;
    let rounding = 0;
    let notApplicable = 0;
    let insufficient = 0;
    for (let j = 0; j < drafts.length; j++) {
      const draft = drafts[j]!;
      // The shared PASS draft (most drafts when passes are not kept) is told by identity, without
      // reading a field of it.
      if (draft === PASS) {
        pass++;
        if (!keep) continue;
      } else
        switch (draft.outcome) {
          case 'pass':
            pass++;
            if (!keep) continue;
            break;
          case 'fail':
            fail++;
            break;
          case 'rounding':
            rounding++;
            break;
          case 'not_applicable':
            notApplicable++;
            break;
          case 'insufficient_data':
            insufficient++;
            break;
        }
      // Object.assign rather than a spread after fixed keys: the same fields in the same order,
      // copied without a runtime call per property.
      findings.push(
        Object.assign({ ruleId: rule.id, severity: rule.severity, category: rule.category }, draft),
      );
    }
    const at = ranCount * SLOTS;
    ran[ranCount++] = k;
    tallies[at + PASS_AT] = pass;
    tallies[at + FAIL_AT] = fail;
    tallies[at + ROUNDING_AT] = rounding;
    tallies[at + NOT_APPLICABLE_AT] = notApplicable;
    tallies[at + INSUFFICIENT_AT] = insufficient;
    counts.pass += pass;
    counts.fail += fail;
    counts.rounding += rounding;
    counts.not_applicable += notApplicable;
    counts.insufficient_data += insufficient;
  }
  return new Checked(findings, counts, rules.length, rules, ran, ranCount, tallies);
}

/**
 * A check's result. byRule (about 150 keys) is made on first read, then kept: many callers read
 * only the findings. Its getter is the class's, not each result's: with an own accessor per result
 * (a literal's get, or defineProperty), old space grew 8 KB per document checked, the tallies
 * kept until a full collection (V8 allocates accessor pairs in the old generation), and young
 * pauses grew with it. JSON sees byRule (toJSON); a spread copies the fields without it.
 */
class Checked implements CheckResult {
  #byRule: Record<string, OutcomeCounts> | undefined;
  readonly #rules: readonly Runner[];
  readonly #ran: readonly number[];
  readonly #ranCount: number;
  readonly #tallies: readonly number[];

  constructor(
    readonly findings: Finding[],
    readonly counts: OutcomeCounts,
    readonly rulesRun: number,
    rules: readonly Runner[],
    ran: readonly number[],
    ranCount: number,
    tallies: readonly number[],
  ) {
    this.#rules = rules;
    this.#ran = ran;
    this.#ranCount = ranCount;
    this.#tallies = tallies;
  }

  get byRule(): Record<string, OutcomeCounts> {
    return (this.#byRule ??= byRuleOf(this.#rules, this.#ran, this.#ranCount, this.#tallies));
  }

  toJSON(): CheckResult {
    const { findings, counts, byRule, rulesRun } = this;
    return { findings, counts, byRule, rulesRun };
  }
}
