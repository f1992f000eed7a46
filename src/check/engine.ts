// Run the rules over a disclosure. Rules return finding drafts; the engine adds severity and
// category from the catalog, counts outcomes per rule, and keeps only what is not a pass unless
// asked for everything.
import type { Disclosure } from '../model/disclosure.js';
import type { Finding, Outcome } from '../model/finding.js';
import { ruleCatalog } from './catalog.js';
import { makeContext } from './context.js';
import type { Rule } from './rule.js';

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

export function checkDisclosure(d: Disclosure, opts: CheckOptions = {}): CheckResult {
  const ctx = makeContext(d, { keepPasses: !!opts.includePasses });
  const findings: Finding[] = [];
  const counts = emptyCounts();
  const byRule: Record<string, OutcomeCounts> = {};
  let rulesRun = 0;
  // Most calls select everything: skip the per-rule matching then.
  const rules = opts.only?.length || opts.skip?.length ? selectRules(opts) : ruleCatalog();
  for (const rule of rules) {
    rulesRun++;
    for (const draft of rule.evaluate(d, ctx)) {
      counts[draft.outcome]++;
      (byRule[rule.id] ??= emptyCounts())[draft.outcome]++;
      if (draft.outcome === 'pass' && !opts.includePasses) continue;
      findings.push({
        ruleId: rule.id,
        severity: rule.severity,
        category: rule.category,
        ...draft,
      });
    }
  }
  return { findings, counts, byRule, rulesRun };
}
