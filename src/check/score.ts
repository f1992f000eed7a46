// The quality score: 0–100, from three parts, so that many disclosures can be ranked. Each part is
// the severity-weighted share of its evaluated findings that hold (pass or rounding); findings the
// checker could not evaluate (insufficient_data) or that do not apply are left out of the share and
// reported in the breakdown. docs/score.md documents the formula; change both together.
import type { Score } from '../model/check-report.js';
import type { RuleCategory, Severity } from '../model/finding.js';
import { emptyCounts, type OutcomeCounts } from './engine.js';

export const SCORE_PARTS = ['completeness', 'consistency', 'narrative'] as const;
export type ScorePart = (typeof SCORE_PARTS)[number];

/** Which part a rule category counts towards. */
export const PART_OF_CATEGORY: Readonly<Record<RuleCategory, ScorePart>> = {
  completeness: 'completeness',
  table: 'consistency',
  'cross-table': 'consistency',
  classification: 'consistency',
  narrative: 'narrative',
  // Template residue and missing % signs are flaws of the written 情况说明.
  presentation: 'narrative',
};

/**
 * Weight of each part in the total. Completeness and consistency are what a 预决算公开检查 checks
 * first (is everything published, do the numbers agree); the narrative explains them.
 */
export const PART_WEIGHTS: Readonly<Record<ScorePart, number>> = {
  completeness: 0.4,
  consistency: 0.4,
  narrative: 0.2,
};

/**
 * Weight of one finding by its rule's severity. A warning marks what normally holds (pairs that
 * usually match), so its failure counts half; info findings are notes and do not move the score.
 */
export const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = {
  error: 1,
  warning: 0.5,
  info: 0,
};

/** What the score needs to know of a rule. */
export interface ScoredRule {
  readonly id: string;
  readonly category: RuleCategory;
  readonly severity: Severity;
}

/** Scores are printed with one decimal. */
function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/**
 * The score of one checked disclosure from its outcome counts per rule (CheckResult.byRule, which
 * counts passes even when they are not kept). Undefined when nothing at all could be evaluated.
 */
export function scoreOf(
  byRule: Readonly<Record<string, OutcomeCounts>>,
  rules: readonly ScoredRule[],
): Score | undefined {
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const breakdown = {
    completeness: emptyCounts(),
    consistency: emptyCounts(),
    narrative: emptyCounts(),
  };
  const held = { completeness: 0, consistency: 0, narrative: 0 };
  const evaluated = { completeness: 0, consistency: 0, narrative: 0 };
  for (const [id, counts] of Object.entries(byRule)) {
    const rule = ruleById.get(id);
    if (!rule) continue;
    const part = PART_OF_CATEGORY[rule.category];
    const tally = breakdown[part];
    for (const k of Object.keys(tally) as (keyof OutcomeCounts)[]) tally[k] += counts[k];
    const w = SEVERITY_WEIGHTS[rule.severity];
    held[part] += w * (counts.pass + counts.rounding);
    evaluated[part] += w * (counts.pass + counts.rounding + counts.fail);
  }
  const parts = {} as Record<ScorePart, number | null>;
  let weighted = 0;
  let weights = 0;
  for (const p of SCORE_PARTS) {
    if (evaluated[p] === 0) {
      parts[p] = null;
      continue;
    }
    const share = (100 * held[p]) / evaluated[p];
    parts[p] = round1(share);
    weighted += PART_WEIGHTS[p] * share;
    weights += PART_WEIGHTS[p];
  }
  if (weights === 0) return undefined;
  return { total: round1(weighted / weights), ...parts, breakdown };
}
