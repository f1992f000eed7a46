// A rule: one catalog row (id, category, severity, zh/en text, basis) and one pure function from
// a Disclosure to finding drafts. Rules never write prose or format money: the engine fills in
// severity and category from the row, and the writers render the fields.
import type { Disclosure } from '../model/disclosure.js';
import type { Finding, RuleCategory, Severity } from '../model/finding.js';
import type { CheckContext } from './context.js';

export type FindingDraft = Omit<Finding, 'ruleId' | 'severity' | 'category'>;

export interface Rule {
  /** Permanent: a retired id is never reused. */
  readonly id: string;
  readonly category: RuleCategory;
  readonly severity: Severity;
  /** One line, Chinese. */
  readonly zh: string;
  /** One line, English. */
  readonly en: string;
  /** Why the rule holds: the identity, the template table, or the 财预〔2016〕143号 clause. */
  readonly basis: string;
  readonly evaluate: (d: Disclosure, ctx: CheckContext) => FindingDraft[];
}
