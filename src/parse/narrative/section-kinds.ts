// What a section of the 情况说明 is about, read from its title. The kind decides which subjects
// its figures can have and against which money they are stated (the fact's scope): 基本支出 is
// stated of all funds in 支出预算情况说明 and of the 一般公共预算 in 当年拨款情况说明.
import { matchKey } from '../../ingest/normalize.js';
import type { FactScope } from '../../model/narrative.js';

export type SectionKind =
  | 'overall' // 收支预算情况总体说明
  | 'revenue' // 收入预算情况说明
  | 'expenditure' // 支出预算情况说明
  | 'fiscal' // 财政拨款收支预算情况的总体说明
  | 'general-budget' // 一般公共预算当年拨款情况说明
  | 'basic' // 一般公共预算基本支出情况说明
  | 'projects' // 一般公共预算项目支出情况说明 (read by the projects parser)
  | 'fund' // 政府性基金预算拨款情况说明
  | 'capital' // 国有资本经营预算拨款情况说明
  | 'three-public' // “三公”经费预算情况说明
  | 'carryover' // 上年结转结余预算情况说明
  | 'other' // 其他重要事项的情况说明 (read by the other-matters parser)
  | 'operating-costs' // 机关运行经费 / 单位运行经费
  | 'unknown';

// First match wins: the order resolves titles naming several things ("一般公共预算“三公”经费",
// "一般公共预算基本支出", "财政拨款收支预算" all contain a later kind's words).
const TITLE_KINDS: readonly [RegExp, SectionKind][] = [
  [/三公/, 'three-public'],
  [/结转结余|结转和结余/, 'carryover'],
  [/运行经费/, 'operating-costs'],
  [/其他重要事项|其他需说明|其他事项/, 'other'],
  // 上海 prints these matters as sections of their own (三、政府采购预算情况, 五、国有资产占有使用情况).
  [/政府采购|国有资产|绩效目标设置/, 'other'],
  [/政府性基金/, 'fund'],
  [/国有资本经营/, 'capital'],
  [/基本支出/, 'basic'],
  [/项目支出/, 'projects'],
  [/当年拨款|一般公共预算.*(拨款|支出)/, 'general-budget'],
  [/财政拨款收支|财政拨款预算/, 'fiscal'],
  [/收支/, 'overall'],
  [/收入/, 'revenue'],
  [/支出/, 'expenditure'],
  [/预算编制说明$/, 'overall'], // 上海 "2025年部门预算编制说明": 收入, 支出 and 财政拨款 in one
];

export function kindOfTitle(title: string): SectionKind {
  const key = matchKey(title);
  for (const [re, kind] of TITLE_KINDS) if (re.test(key)) return kind;
  return 'unknown';
}

/**
 * A subsection's kind: its parent's, except under 其他重要事项 and unknown parents, whose
 * subsections each name their own matter (（一）机关运行经费情况, （二）政府采购情况).
 */
export function kindOfSubsection(title: string, parent: SectionKind | undefined): SectionKind {
  if (parent === undefined || parent === 'unknown') return kindOfTitle(title);
  if (parent !== 'other') return parent;
  return kindOfTitle(title) === 'operating-costs' ? 'operating-costs' : 'other';
}

/**
 * Sections whose every figure should become a fact, so that a figure left over is reported.
 * Projects and other matters (政府采购, 国有资产, 绩效) are read by other parsers.
 */
export function expectsFacts(kind: SectionKind): boolean {
  return kind !== 'projects' && kind !== 'other';
}

/** The scope a figure of this kind of section is stated against, unless its subject says more. */
export function defaultScope(kind: SectionKind): FactScope {
  switch (kind) {
    case 'fiscal':
    case 'operating-costs':
      return 'fiscal';
    case 'general-budget':
    case 'basic':
      return 'general-budget';
    case 'three-public':
      return 'three-public';
    default:
      return 'all';
  }
}
