// Builders for expected narrative facts: one printed statement per line of the expectation.
import type { Change, FactScope, RevenueSource } from '../../src/model/narrative.js';
import type { ExpectedFact, ExpectedSubject } from './expected-types.js';

/** 比上年(预算)增加 amount万元，增长 percent%. */
export const up = (amount?: number, percent?: number): Change => ({
  direction: 'increase',
  ...(amount !== undefined ? { amount } : {}),
  ...(percent !== undefined ? { percent } : {}),
});
/** 比上年(预算)减少 amount万元，下降 percent%. */
export const down = (amount?: number, percent?: number): Change => ({
  direction: 'decrease',
  ...(amount !== undefined ? { amount } : {}),
  ...(percent !== undefined ? { percent } : {}),
});

interface Figures {
  readonly amount?: number;
  readonly share?: number;
  readonly change?: Change;
  readonly notArranged?: true;
}

/** A fact read in section `section` (a subsection: [parent, section], e.g. ['五', '三']). */
export function fact(
  line: number,
  section: string | readonly [string, string],
  subject: ExpectedSubject,
  scope: FactScope,
  figures: Figures,
): ExpectedFact {
  const [parent, number] = typeof section === 'string' ? [undefined, section] : section;
  return { line, section: number, ...(parent ? { parent } : {}), subject, scope, ...figures };
}

export const revenue = (source: RevenueSource): ExpectedSubject => ({ kind: 'revenue', source });
export const spending = (type: 'basic' | 'project'): ExpectedSubject => ({
  kind: 'expenditure',
  type,
});
export const totalOf = (side?: 'revenue' | 'expenditure' | 'both'): ExpectedSubject => ({
  kind: 'total',
  ...(side ? { side } : {}),
});
/** A 功能分类 类 (path: its printed name). */
export const fnClass = (code: string, name: string): ExpectedSubject => ({
  kind: 'function',
  level: '类',
  code,
  path: [name],
});
/** A 功能分类 项 with its printed 类/款/项 names. */
export const fnItem = (code: string, path: readonly [string, string, string]): ExpectedSubject => ({
  kind: 'function',
  level: '项',
  code,
  path,
});
export const threePublic = (
  item: 'total' | 'outbound' | 'vehicle' | 'vehicle-purchase' | 'vehicle-operation' | 'reception',
): ExpectedSubject => ({ kind: 'three-public', item });
