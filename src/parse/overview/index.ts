// 第一部分 部门概况: 主要职能, 内设机构, 预算单位, 人员 (see each file), and identity hints.
import type { LayoutLine } from '../../model/layout.js';
import type { Overview } from '../../model/overview.js';
import type { ParseWarning } from '../../model/parse-warning.js';
import { parseFunctions } from './functions.js';
import { overviewParts } from './sections.js';
import { parseStaffing } from './staffing.js';
import { joinLines, sourceRef } from '../text/prose.js';
import { parseBudgetUnits, parseInternalUnits } from './units.js';

export { parseIdentityHints, type IdentityHints } from './identity.js';

export interface OverviewResult {
  overview: Overview;
  warnings: ParseWarning[];
}

export function parseOverview(lines: readonly LayoutLine[]): OverviewResult {
  const warnings: ParseWarning[] = [];
  const parts = overviewParts(lines);
  if (!parts.functions)
    warnings.push({
      code: 'section-missing',
      message: '部门概况: no 主要职能 heading found',
      at: sourceRef(lines[0]),
    });
  if (!parts.structure)
    warnings.push({
      code: 'section-missing',
      message:
        '部门概况: no 机构设置及人员情况 heading found; its facts are looked for in all the text',
      at: sourceRef(lines[0]),
    });
  const functions = parts.functions ? parseFunctions(parts.functions.body, warnings) : [];
  // Without its heading the structure facts are still labelled (下设, 编制数): read them anywhere.
  const body = parts.structure?.body ?? [...(parts.functions?.body ?? []), ...parts.heading];
  const text = joinLines(body);
  const overview: Overview = {
    functions,
    internalUnits: parseInternalUnits(text, warnings, body[0]),
    budgetUnits: parseBudgetUnits(body, text),
    staffing: parseStaffing(text),
    ...(parts.structure && text ? { text } : {}),
  };
  return { overview, warnings };
}
