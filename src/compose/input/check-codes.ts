// Checks a BudgetInput against the classification catalog, one message per cell. Per SOURCES.md
// the 功能分类 list is partly recalled, so an unknown 类 or 款 is an error (those lists are short
// and well covered) while an unknown 项 is only a warning; the economic 款 list is verified.
import { lookupCode } from '../../model/catalog/index.js';
import type { ComposeWarning } from '../warnings.js';
import type { BudgetInput } from './schema.js';
import { isSubjectKey } from './subjects.js';

export interface InputIssue {
  readonly severity: 'error' | 'warning';
  /** Where: "预算明细 row 5, column 功能分类" or "items[3].functionCode". */
  readonly where: string;
  readonly message: string;
}

/** Names a field of a line item (index into items) for messages. */
export type Locate = (index: number, field: string) => string;

export const jsonLocate: Locate = (i, field) => `items[${i}].${field}`;

export function checkItems(input: BudgetInput, locate: Locate = jsonLocate): InputIssue[] {
  const issues: InputIssue[] = [];
  const year = input.identity.year;
  const seen = new Map<string, boolean>();
  const known = (system: 'function' | 'economic', code: string) => {
    const key = `${system}:${code}`;
    let k = seen.get(key);
    if (k === undefined) {
      k = input.codeNames[code] !== undefined || lookupCode(system, code, year) !== undefined;
      seen.set(key, k);
    }
    return k;
  };
  input.items.forEach((it, i) => {
    const f = it.functionCode;
    // Only the outermost unknown level is reported: a wrong 类 makes its 款 and 项 wrong too.
    const unknownLevel = (
      [
        [f.slice(0, 3), '类'],
        [f.slice(0, 5), '款'],
      ] as const
    ).find(([code]) => !known('function', code));
    if (unknownLevel)
      issues.push({
        severity: 'error',
        where: locate(i, 'functionCode'),
        message: `功能分类 ${unknownLevel[1]} ${unknownLevel[0]} (of ${f}) is not in the ${year} classification; if it is right, give its name (codeNames / sheet 科目名称)`,
      });
    else if (!known('function', f))
      issues.push({
        severity: 'warning',
        where: locate(i, 'functionCode'),
        message: `功能分类 项 ${f} is not in our (partial) catalog; check it, and give its name (codeNames / sheet 科目名称)`,
      });
    const retired = lookupCode('function', f, year)?.retiredAfter;
    if (retired !== undefined && retired < year)
      issues.push({
        severity: 'warning',
        where: locate(i, 'functionCode'),
        message: `功能分类 ${f} was retired after ${retired}`,
      });
    const e = it.economicCode;
    if (e) {
      if (!known('economic', e.slice(0, 3)))
        issues.push({
          severity: 'error',
          where: locate(i, 'economicCode'),
          message: `经济分类 类 ${e.slice(0, 3)} (of ${e}) is not in the ${year} classification`,
        });
      else if (!known('economic', e))
        issues.push({
          severity: 'error',
          where: locate(i, 'economicCode'),
          message: `经济分类 款 ${e} is not in the ${year} classification; if it is right, give its name (codeNames / sheet 科目名称)`,
        });
    } else if (it.type !== '项目') {
      issues.push({
        severity: 'error',
        where: locate(i, 'economicCode'),
        message: `基本支出 (${it.type}) needs a 经济分类 款 code (表 一般公共预算基本支出 is by 经济分类)`,
      });
    } else if (it.source === '一般公共预算' || it.source === '上级一般公共预算转移支付') {
      issues.push({
        severity: 'error',
        where: locate(i, 'economicCode'),
        message:
          '一般公共预算 项目 needs a 经济分类 款 code (表 一般公共预算项目支出 is by 经济分类 类)',
      });
    }
    if (it.type === '项目' && !it.project)
      issues.push({
        severity: 'error',
        where: locate(i, 'project'),
        message: '项目 line items need the project name',
      });
  });
  return issues;
}

/** Warnings compose reports about the input itself (codes, keys). */
export function inputWarnings(input: BudgetInput): ComposeWarning[] {
  const out: ComposeWarning[] = checkItems(input)
    .filter((i) => i.severity === 'warning')
    .map((i) => ({ code: 'code-unconfirmed' as const, message: `${i.where}: ${i.message}` }));
  for (const key of [...Object.keys(input.prior), ...Object.keys(input.reasons)]) {
    if (!isSubjectKey(key))
      out.push({
        code: 'prior-unknown-key',
        subject: key,
        message: `上年数/增减原因 key "${key}" is not one compose uses (e.g. 收入:一般公共预算, 支出:基本支出, 功能分类:2010301)`,
      });
  }
  const units = new Set(input.units);
  if (units.size > 0)
    for (const u of new Set(input.items.map((i) => i.unit)))
      if (!units.has(u))
        out.push({
          code: 'unit-unlisted',
          subject: u,
          message: `预算单位 ${u} is not in the units list`,
        });
  return out;
}
