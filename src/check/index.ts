export {
  checkDisclosure,
  emptyCounts,
  selectRules,
  type CheckOptions,
  type CheckResult,
  type OutcomeCounts,
} from './engine.js';
export { ruleCatalog } from './catalog.js';
export type { Rule, FindingDraft } from './rule.js';
export { describeRow, rowKey } from './rules/row-key.js';
export {
  PART_OF_CATEGORY,
  PART_WEIGHTS,
  SCORE_PARTS,
  SEVERITY_WEIGHTS,
  scoreOf,
  type ScorePart,
  type ScoredRule,
} from './score.js';
export {
  checkEntry,
  checkReport,
  entryFromResult,
  exitCodeOf,
  inputErrorEntry,
  obligationLabel,
  type EntryOptions,
} from './report.js';
