// The 情况说明, written in the seeds' order and phrasing, then read back by the parser's narrative
// reader: the facts are exactly what `yusuan parse` would extract from this text, so check's
// narrative rules compare them with the tables as for any parsed document.
import type { LayoutLine } from '../../model/layout.js';
import type { Narrative } from '../../model/narrative.js';
import type { Profile } from '../../model/profiles/index.js';
import type { Table } from '../../model/table.js';
import { parseNarrative } from '../../parse/narrative/index.js';
import type { RevenueSubject } from '../input/subjects.js';
import type { ComposeContext } from '../lines.js';
import type { ComposeWarning } from '../warnings.js';
import {
  basicText,
  fiscalText,
  generalLinesText,
  generalScaleText,
  generalStructureText,
  otherBudgetText,
} from './fiscal.js';
import {
  assetsText,
  carryoverText,
  operatingCostsText,
  performanceText,
  procurementText,
  threePublicText,
} from './others.js';
import { projectSections } from './projects.js';
import { expenditureText, overallText, revenueText } from './revenue.js';

export interface DraftSection {
  readonly title: string;
  /** Body paragraphs (one printed line each). */
  readonly body: readonly string[];
  readonly subsections?: readonly { readonly title: string; readonly body: readonly string[] }[];
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二 (section numbers stay below 100). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[n % 10]}`;
}

export function draftSections(
  ctx: ComposeContext,
  profile: Profile,
  tables: readonly Table[],
  warnings: ComposeWarning[],
): DraftSection[] {
  const about = (what: string) => `关于${ctx.department}${ctx.year}年${what}`;
  const has = (kind: Table['kind']) => profile.tables.some((t) => t.kind === kind);
  const empty = (kind: Table['kind']) =>
    tables.find((t) => t.kind === kind)?.empty?.statement ?? '';
  // 上级转移支付 and 上年结转 are stated apart only where 收支总体 has lines for them (新疆 2025).
  const revenueSubjects: readonly RevenueSubject[] =
    profile.id === 'xinjiang-2025'
      ? [
          'general',
          'general-transfer',
          'fund',
          'fund-transfer',
          'capital',
          'capital-transfer',
          'special-account',
          'unit-funds',
          'carryover-fiscal',
          'carryover-nonfiscal',
        ]
      : profile.id === 'xinjiang-2021'
        ? ['general', 'fund', 'capital', 'special-account']
        : ['general', 'fund', 'capital'];
  const sections: DraftSection[] = [
    { title: about('收支预算情况总体说明'), body: [overallText(ctx)] },
    { title: about('收入预算情况说明'), body: [revenueText(ctx, warnings, revenueSubjects)] },
    { title: about('支出预算情况说明'), body: [expenditureText(ctx, warnings)] },
    { title: about('财政拨款收支预算情况的总体说明'), body: [fiscalText(ctx)] },
    {
      title: about('一般公共预算当年拨款情况说明'),
      body: [],
      subsections: [
        { title: '一般公共预算当年拨款规模变化情况', body: [generalScaleText(ctx, warnings)] },
        { title: '一般公共预算当年拨款结构情况', body: [generalStructureText(ctx)] },
        { title: '一般公共预算当年拨款具体使用情况', body: [generalLinesText(ctx, warnings)] },
      ],
    },
    { title: about('一般公共预算基本支出情况说明'), body: [basicText(ctx)] },
    { title: about('一般公共预算项目支出情况说明'), body: [], subsections: projectSections(ctx) },
  ];
  if (has('fund-budget'))
    sections.push({
      title: about('政府性基金预算拨款情况说明'),
      body: [otherBudgetText(ctx, 'fund', empty('fund-budget'))],
    });
  if (has('capital-budget'))
    sections.push({
      title: about('国有资本经营预算拨款情况说明'),
      body: [otherBudgetText(ctx, 'capital', empty('capital-budget'))],
    });
  sections.push({
    title: about('财政拨款“三公”经费预算情况说明'),
    body: [threePublicText(ctx, warnings)],
  });
  if (has('carryover'))
    sections.push({
      title: about('上年结转结余预算情况说明'),
      body: [carryoverText(ctx, empty('carryover'))],
    });
  const matters = [
    ['单位运行经费情况', operatingCostsText(ctx, warnings)],
    ['政府采购情况', procurementText(ctx)],
    ['国有资产占用使用情况', assetsText(ctx)],
    ['预算绩效情况', performanceText(ctx)],
  ] as const;
  sections.push({
    title: '其他重要事项的情况说明',
    body: [],
    subsections: matters.flatMap(([title, text]) => (text ? [{ title, body: [text] }] : [])),
  });
  return sections;
}

/** The sections as printed lines: "一、title", body lines, "（一）title", body lines… */
export function sectionLines(sections: readonly DraftSection[]): string[] {
  const out: string[] = [];
  sections.forEach((s, i) => {
    out.push(`${chineseNumber(i + 1)}、${s.title}`, ...s.body);
    (s.subsections ?? []).forEach((sub, j) => {
      out.push(`（${chineseNumber(j + 1)}）${sub.title}`, ...sub.body);
    });
  });
  return out;
}

export function composeNarrative(
  ctx: ComposeContext,
  profile: Profile,
  tables: readonly Table[],
  warnings: ComposeWarning[],
): Narrative {
  const lines: LayoutLine[] = sectionLines(draftSections(ctx, profile, tables, warnings)).map(
    (text, i) => ({ text, line: i + 1 }),
  );
  const parsed = parseNarrative(lines, {
    unit: ctx.unit,
    year: ctx.year,
    department: ctx.department,
  });
  // Positions refer to our own draft, not to a source document.
  return {
    sections: parsed.narrative.sections.map(({ at: _at, ...s }) => s),
    facts: parsed.narrative.facts.map(({ at: _at, ...f }) => f),
  };
}
