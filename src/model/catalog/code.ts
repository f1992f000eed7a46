// 科目 codes: 类 3 digits, 款 5, 项 7 (支出功能分类); the economic systems stop at 款.
import type { CatalogLevel, CodeSystem } from './format.js';

const LEVEL_BY_LENGTH: Record<number, CatalogLevel> = { 3: '类', 5: '款', 7: '项' };

/**
 * Canonical digits of a printed code: '2010301', '201 03 01', '201-03-01', '２０１０３０１' all give
 * '2010301'. Undefined when anything but digits and separators remains.
 */
export function normalizeCode(code: string): string | undefined {
  const digits = code.normalize('NFKC').replace(/[\s\-–—.·_/]+/g, '');
  return /^\d+$/.test(digits) ? digits : undefined;
}

/** Level implied by the digit count, or undefined if the code cannot exist in `system`. */
export function levelOfCode(system: CodeSystem, code: string): CatalogLevel | undefined {
  const c = normalizeCode(code);
  if (c === undefined) return undefined;
  const level = LEVEL_BY_LENGTH[c.length];
  return level === '项' && system !== 'function' ? undefined : level;
}

/** Code one level up ('2010301' → '20103' → '201' → undefined). Same rule in every system. */
export function parentCode(code: string): string | undefined {
  const c = normalizeCode(code);
  return c !== undefined && (c.length === 5 || c.length === 7) ? c.slice(0, -2) : undefined;
}
