// A check run as data: one CheckEntry per input (a checked disclosure, or the reason an input could
// not be used), gathered into one CheckReport. The writers in render/ draw it; the CLI maps it to
// an exit code with exitCodeOf.
import type { CheckEntry, CheckReport } from '../model/check-report.js';
import type { Disclosure } from '../model/disclosure.js';
import type { Finding } from '../model/finding.js';
import { checkDisclosure, emptyCounts, type CheckOptions, type CheckResult } from './engine.js';
import { ruleCatalog } from './catalog.js';
import { scoreOf, type ScoredRule } from './score.js';

export interface EntryOptions {
  /** Rule ids or categories to run (all when absent). */
  readonly only?: readonly string[];
  /** Rule ids or categories to skip. */
  readonly skip?: readonly string[];
  /** Keep every passing finding (by default only completeness passes: the ledger). */
  readonly all?: boolean;
}

/**
 * Which findings an entry keeps: everything that is not a pass, and the completeness findings of
 * every outcome, because the obligations ledger lists what was met as well as what was not.
 */
function kept(f: Finding, all: boolean): boolean {
  return all || f.outcome !== 'pass' || f.category === 'completeness';
}

/** How a completeness finding names its obligation in `notEvaluated`. */
export function obligationLabel(f: Finding): string {
  const what = f.location.subject ?? f.location.tableNumber ?? f.location.table;
  return what ? `${f.ruleId} (${what})` : f.ruleId;
}

/** Check one disclosure and describe the result as a report entry. */
export function checkEntry(place: string, d: Disclosure, opts: EntryOptions = {}): CheckEntry {
  const engineOpts: CheckOptions = {
    ...(opts.only ? { only: opts.only } : {}),
    ...(opts.skip ? { skip: opts.skip } : {}),
    includePasses: true,
  };
  return entryFromResult(place, d, checkDisclosure(d, engineOpts), opts);
}

/**
 * The entry for a check result. `result` must hold every finding, passes included (the ledger
 * and --all need them); `rules` gives each rule's category and severity for the score.
 */
export function entryFromResult(
  place: string,
  d: Disclosure,
  result: CheckResult,
  opts: Pick<EntryOptions, 'all'> = {},
  rules: readonly ScoredRule[] = ruleCatalog(),
): CheckEntry {
  const fails = result.findings.filter((f) => f.outcome === 'fail');
  const score = scoreOf(result.byRule, rules);
  return {
    place,
    identity: { department: d.identity.department, year: d.identity.year, kind: d.identity.kind },
    counts: result.counts,
    errors: fails.filter((f) => f.severity === 'error').length,
    warnings: fails.filter((f) => f.severity === 'warning').length,
    ...(score ? { score } : {}),
    parseWarnings: d.warnings.length,
    findings: result.findings.filter((f) => kept(f, opts.all ?? false)),
    notEvaluated: result.findings
      .filter((f) => f.category === 'completeness' && f.outcome === 'insufficient_data')
      .map(obligationLabel),
  };
}

/** The entry of an input that could not be used: its error, nothing checked. */
export function inputErrorEntry(
  place: string,
  error: { kind: string; message: string },
): CheckEntry {
  return {
    place,
    inputError: { kind: error.kind, message: error.message },
    counts: emptyCounts(),
    errors: 0,
    warnings: 0,
    parseWarnings: 0,
    findings: [],
    notEvaluated: [],
  };
}

export function checkReport(entries: readonly CheckEntry[], rules: number): CheckReport {
  return { version: 1, rules, entries: [...entries] };
}

/** 2 when any input was unusable, else 1 when any error-severity check failed, else 0. */
export function exitCodeOf(report: CheckReport): 0 | 1 | 2 {
  if (report.entries.some((e) => e.inputError)) return 2;
  return report.entries.some((e) => e.errors > 0) ? 1 : 0;
}
