export {
  checkDisclosure,
  type CheckOptions,
  type CheckResult,
  type OutcomeCounts,
} from './engine.js';
export { ruleCatalog } from './catalog.js';
export type { Rule, FindingDraft } from './rule.js';
