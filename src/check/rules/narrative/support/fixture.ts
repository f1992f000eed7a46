// Small builders for the narrative rules' tests: facts and sections as the parser would give
// them, and a rule's findings as compact tuples. Kept beside the rules (not under test/) because
// they build only model values.
import type { Disclosure } from '../../../../model/disclosure.js';
import type {
  FactScope,
  FactSubject,
  NarrativeFact,
  NarrativeSection,
} from '../../../../model/narrative.js';
import { makeContext } from '../../../context.js';
import type { FindingDraft, Rule } from '../../../rule.js';

export function fact(
  subject: FactSubject,
  scope: FactScope,
  over: Partial<NarrativeFact> = {},
): NarrativeFact {
  return { section: '二', subject, scope, unit: '万元', text: '', ...over };
}

export function section(
  number: string,
  title: string,
  text: string,
  parent?: string,
): NarrativeSection {
  return { number, title, text, ...(parent ? { parent } : {}) };
}

export type Tuple = [string, string | undefined, string | undefined, string | undefined, string];

/** [ruleId, table or section, row or subject, column, outcome] of each finding, passes included. */
export function tuples(rule: Rule, d: Disclosure): Tuple[] {
  return rule
    .evaluate(d, makeContext(d))
    .map((f) => [
      rule.id,
      f.location.table ?? f.location.section,
      f.location.row ?? f.location.subject,
      f.location.column,
      f.outcome,
    ]);
}

/** A rule's findings on a disclosure, passes included. */
export function run(rule: Rule, d: Disclosure): FindingDraft[] {
  return rule.evaluate(d, makeContext(d));
}

/** [outcome, expected, actual] of each finding. */
export function numbers(rule: Rule, d: Disclosure): [string, number?, number?][] {
  return rule.evaluate(d, makeContext(d)).map((f) => [f.outcome, f.expected, f.actual]);
}
