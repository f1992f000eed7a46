// The rule catalog as a person reads it: `yusuan rules` (text or JSON) and docs/rules.md are both
// drawn from here, from the catalog rows only.
import type { Rule } from '../check/index.js';
import { RULE_CATEGORIES, type RuleCategory } from '../model/finding.js';
import { CATEGORY_LABEL } from './check-report/labels.js';

/** A catalog row: what a rule is, without its evaluator. */
export interface RuleRow {
  readonly id: string;
  readonly category: RuleCategory;
  readonly severity: Rule['severity'];
  readonly zh: string;
  readonly en: string;
  readonly basis: string;
}

export function ruleRows(rules: readonly Rule[]): RuleRow[] {
  return rules.map(({ id, category, severity, zh, en, basis }) => ({
    id,
    category,
    severity,
    zh,
    en,
    basis,
  }));
}

/** Rules by category, in the categories' declared order and catalog order within each. */
export function byCategory(
  rules: readonly RuleRow[],
): { category: RuleCategory; rules: RuleRow[] }[] {
  return RULE_CATEGORIES.map((category) => ({
    category,
    rules: rules.filter((r) => r.category === category),
  })).filter((g) => g.rules.length > 0);
}

export function renderRulesJson(rules: readonly Rule[]): string {
  return JSON.stringify(ruleRows(rules), null, 2) + '\n';
}

export function renderRulesText(rules: readonly Rule[]): string {
  const out: string[] = [];
  for (const g of byCategory(ruleRows(rules))) {
    out.push(`${CATEGORY_LABEL[g.category]} (${g.rules.length})`);
    for (const r of g.rules) {
      out.push(`  ${r.id}  [${r.severity}]`);
      out.push(`      ${r.zh}`);
      out.push(`      ${r.en}`);
      out.push(`      依据 basis: ${r.basis}`);
    }
    out.push('');
  }
  out.push(`${rules.length} rules`);
  return out.join('\n') + '\n';
}

/** Markdown special characters that would change the meaning of catalog text. */
function mdText(s: string): string {
  return s.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

export function renderRulesMarkdown(rules: readonly Rule[]): string {
  const groups = byCategory(ruleRows(rules));
  const out = [
    '# Check rules (检查规则)',
    '',
    '<!-- Generated from the rule catalog (src/check/catalog.ts) by `npm run rules-doc`; do not edit. -->',
    '',
    `${rules.length} rules. \`yusuan rules\` prints the same list (\`--json\` for data). Each finding`,
    'names its rule by id; ids are permanent.',
    '',
    ...groups.map((g) => `- ${CATEGORY_LABEL[g.category]}: ${g.rules.length}`),
  ];
  for (const g of groups) {
    out.push('', `## ${CATEGORY_LABEL[g.category]}`);
    for (const r of g.rules) {
      out.push(
        '',
        `### \`${r.id}\``,
        '',
        `- severity: ${r.severity}`,
        `- zh: ${mdText(r.zh)}`,
        `- en: ${mdText(r.en)}`,
        `- basis: ${mdText(r.basis)}`,
      );
    }
  }
  return out.join('\n') + '\n';
}
