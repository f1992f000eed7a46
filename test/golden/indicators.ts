// Builders for expected 绩效目标表 indicators, so each printed row is one line of the expectation.
import type { IndicatorValue } from '../../src/model/performance.js';
import type { ExpectedIndicator } from './expected-types.js';

type Comparator = NonNullable<IndicatorValue['comparator']>;

/** A value as printed (wrapped lines joined) and its split: comparator, number, unit. */
export function V(text: string, comparator?: Comparator, number?: number, unit?: string) {
  return {
    text,
    ...(comparator ? { comparator } : {}),
    ...(number !== undefined ? { number } : {}),
    ...(unit !== undefined ? { unit } : {}),
  } satisfies IndicatorValue;
}

/** A text-only value (有效保障, 显著提升, 长期…). */
export const W = (text: string): IndicatorValue => ({ text });

/** 一级 of the 2025 framework, by 二级. */
const LEVEL1_2025: Readonly<Record<string, string>> = {
  数量指标: '产出指标',
  质量指标: '产出指标',
  时效指标: '产出指标',
  经济成本指标: '成本指标',
  社会效益指标: '效益指标',
  满意度指标: '满意度指标',
};

/**
 * A row of a 2025 项目支出绩效目标表: 二级, 三级, 指标值, 设置依据, 上年完成值, 分值权重, 赋分规则,
 * 佐证资料 (一级 follows from 二级 in that framework).
 */
export function row2025(
  level2: string,
  name: string,
  value: IndicatorValue,
  basis: string,
  lastYear: IndicatorValue | '-',
  weight: number,
  scoring = '按照完成比例赋分',
  evidence = '工作资料',
): ExpectedIndicator {
  const level1 = LEVEL1_2025[level2];
  if (!level1) throw new Error(`no 一级 for ${level2}`);
  return { level1, level2, name, value, basis, lastYear, weight, scoring, evidence };
}

/** A row of a 2021 项目支出绩效目标表: 一级, 二级, 三级, 指标值 only. */
export function row2021(
  level1: string,
  level2: string,
  name: string,
  value: IndicatorValue,
): ExpectedIndicator {
  return { level1, level2, name, value };
}
