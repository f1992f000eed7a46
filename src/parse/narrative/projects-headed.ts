// Projects under headings of their own (上海 "科技创新专项经费情况说明"), each with numbered parts:
// 一、项目概述 二、立项依据 三、实施主体 四、实施方案 五、实施周期 六、年度预算安排 七、绩效目标. The name is the
// heading without 经费情况说明; 年度预算安排 gives the scale ("项目总预算1720.00万", 万 for 万元) and,
// after 其中, the allocation items.
import { matchKey } from '../../ingest/normalize.js';
import type { LayoutLine } from '../../model/layout.js';
import { fromCents, parseAmountText, type AmountUnit } from '../../model/money.js';
import type { ParseWarning } from '../../model/parse-warning.js';
import type { Project } from '../../model/project.js';
import { joinLines } from '../text/join.js';
import { sourceRef, trimEndChars } from '../text/prose.js';
import { allocationItems } from './projects-allocation.js';

const PART = /^\s*([一二三四五六七八九十]+)\s*[、.．]\s*(.+?)\s*$/;
const FIELDS: readonly [RegExp, 'basis' | 'owner' | 'period' | 'budget'][] = [
  [/立项依据|设立依据|政策依据/, 'basis'],
  [/实施主体|实施单位|承担单位/, 'owner'],
  [/实施周期|执行时间|实施期限/, 'period'],
  [/年度预算安排|预算安排|资金安排/, 'budget'],
];
// "1720.00万" is 万元 in these texts; the bare 万 is made explicit before amounts are read.
const BARE_WAN = /(\d)\s*万(?!元)/g;
const TOTAL =
  /(?:总预算|预算总额|总额|共计|合计|安排)(?:为)?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(万元|元)/;
const TRAILING_STOP = '。；;，, \t';

/** One project per section; `lines` start with the section's heading line. */
export function parseHeadedProjects(
  sections: readonly (readonly LayoutLine[])[],
  unit: AmountUnit,
  warnings: ParseWarning[],
): Project[] {
  return sections.map((lines) => readProject(lines, unit, warnings));
}

function readProject(
  lines: readonly LayoutLine[],
  unit: AmountUnit,
  warnings: ParseWarning[],
): Project {
  const heading = lines[0] as LayoutLine;
  const name = matchKey(heading.text).replace(/经费情况说明$/, '');
  const parts = new Map<string, LayoutLine[]>();
  let current: LayoutLine[] | undefined;
  for (const line of lines.slice(1)) {
    const m = PART.exec(line.text);
    const field = m ? FIELDS.find(([re]) => re.test(m[2] ?? ''))?.[1] : undefined;
    if (m && (m[2] ?? '').length <= 12) {
      current = [];
      if (field && !parts.has(field)) parts.set(field, current);
      continue;
    }
    current?.push(line);
  }
  const text = (field: string): string | undefined => {
    const body = parts.get(field);
    const t = body ? trimEndChars(joinLines(body).text, TRAILING_STOP) : '';
    return t === '' ? undefined : t;
  };
  const at = sourceRef(heading) ?? {};
  // 万里 heads its only project "项目经费情况说明": the name is not printed there.
  const named = name !== '' && name !== '项目';
  if (!named)
    warnings.push({ code: 'field-unplaced', message: '项目: no name in its heading', at });
  const basis = text('basis');
  const owner = text('owner');
  const period = text('period');
  const budget = text('budget')?.replace(BARE_WAN, '$1万元');
  const total = budget ? TOTAL.exec(budget) : null;
  const scaleCents = total ? parseAmountText(total[1] ?? '') : undefined;
  const scaleUnit = (total?.[2] as AmountUnit | undefined) ?? unit;
  const split = budget?.includes('其中') ? budget.slice(budget.indexOf('其中')) : budget;
  const items = split ? allocationItems(split, scaleUnit).items : [];
  return {
    name: named ? name : '',
    ...(basis ? { basis } : {}),
    ...(scaleCents === undefined ? {} : { scale: fromCents(scaleCents) }),
    unit: scaleUnit,
    ...(owner ? { owner } : {}),
    ...(budget ? { allocation: { text: budget, items } } : {}),
    ...(period ? { period } : {}),
    at,
  };
}
