// What kind of text a run of pieces is, as one cell of a given column: a cell of its column's
// kind scores STRONG, a plausible one WEAK, one that looks like another column's kind WRONG. The
// row reader (rows.ts) only compares totals, so these scores only need to rank alternatives.
import type { Slot } from './columns.js';
import { isNoValue, parseIndicatorValue, splitComparator, valueStrength } from './value.js';

export const STRONG = 3;
const WEAK = 1;
export const WRONG = -4;

// Text values of 指标值 are short phrases: 有效保障, 显著提升, 长期.
const MAX_WORDS_VALUE = 8;
const MAX_WEIGHT = 100;
const WEIGHT = /^\d{1,3}(?:\.\d{1,2})?$/;
const DATE = /^\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:前|底|末|内)?$/;
const WORDS = /^[\u4e00-\u9fff]+$/;
const BASIS = /标准$|依据|职责|规划|办法|计划|要求|规定|方案|政策|文件/;
const BASIS_EXACT = /^(?:历史|计划|行业|其他)标准$/;
const SCORING = /赋分|得分|扣分|计分|评分/;
const EVIDENCE = /资料|凭证|材料|证明|报告|记录|台账|清单|照片|图片|合同|发票|报表/;
const EVIDENCE_EXACT =
  /^(?:(?:工作|说明|会议|原始|财务|相关|其他)?(?:资料|凭证|材料|文件|记录|报告)[,，、]?)+$/;
// Cheap exact pre-checks, so that most texts skip most regexes (the row reader asks about
// thousands of texts per document): a value starts with a sign, digit or comparator; a weight
// or date with a digit; an EVIDENCE_EXACT with one of its words' first characters.
const VALUE_START = /^[\s+\-\d＞>＜<≥≧≤≦＝=]/;
const DIGIT_START = /^\d/;
const EVIDENCE_EXACT_START = /^[工说会原财相其资凭材文记报]/;

/** What a text looks like, computed once per text for all columns. */
export interface Features {
  strength: 0 | 1 | 2;
  unit: boolean;
  weight: number | undefined;
  none: boolean;
  date: boolean;
  shortWords: boolean;
  basisExact: boolean;
  basis: boolean;
  scoring: boolean;
  evidenceExact: boolean;
  evidence: boolean;
}

export function features(text: string): Features {
  const strength = VALUE_START.test(text) ? valueStrength(text) : 0;
  const digit = DIGIT_START.test(text);
  return {
    strength,
    unit: strength === 2 && parseIndicatorValue(text).unit !== undefined,
    weight: digit && WEIGHT.test(text) ? Number(text) : undefined,
    none: isNoValue(text),
    date: digit && DATE.test(text),
    shortWords: text.length <= MAX_WORDS_VALUE && WORDS.test(text),
    basisExact: BASIS_EXACT.test(text),
    basis: BASIS.test(text),
    scoring: SCORING.test(text),
    evidenceExact: EVIDENCE_EXACT_START.test(text) && EVIDENCE_EXACT.test(text),
    evidence: EVIDENCE.test(text),
  };
}

export function kindScore(slot: Slot, f: Features): number {
  const weightLike = f.weight !== undefined;
  const known = f.basisExact || f.scoring || f.evidenceExact;
  switch (slot) {
    case 'name':
      if (f.strength === 2 || weightLike) return 2 * WRONG;
      return known ? WRONG : 0;
    case 'value':
    case 'lastYear':
      // A unit is part of the value: "＜=4" + "小时" reads better than leaving "小时" over.
      if (f.strength === 2) return f.unit ? STRONG + 1 : STRONG;
      if (f.none) return slot === 'lastYear' ? STRONG : 0;
      if (f.strength === 1 || f.date) return STRONG - 1;
      if (known) return WRONG;
      return f.shortWords ? WEAK : WRONG / 2;
    case 'basis':
      if (f.strength === 2 || weightLike || f.scoring) return WRONG;
      if (f.basisExact) return STRONG + 1;
      return f.basis ? STRONG : 0;
    case 'weight':
      return f.weight !== undefined && f.weight <= MAX_WEIGHT ? STRONG : -Infinity;
    case 'scoring':
      if (f.strength === 2 || weightLike) return WRONG;
      return f.scoring ? STRONG : -WEAK;
    case 'evidence':
      if (f.strength === 2 || weightLike || f.scoring) return WRONG;
      return f.evidence ? STRONG - 1 : 0;
  }
}

// A later fragment that is itself another column's kind starts a new cell: a comparator
// ("名称" + "＜" + "=9.61") or a known phrase ("册" + "历史标准"). In 赋分规则 and 佐证资料 a later
// fragment is the wrapped tail of a known phrase ("赋" + "分", "说明" + "材料"), never free text.
const MAX_PHRASE_TAIL = 2;
export function fragmentScore(slot: Slot, text: string): number {
  const known = BASIS_EXACT.test(text) || SCORING.test(text) || EVIDENCE_EXACT.test(text);
  if (slot === 'value' || slot === 'lastYear') return known ? WRONG : 0;
  if (splitComparator(text)) return WRONG;
  if (slot === 'scoring') return SCORING.test(text) || text.length <= MAX_PHRASE_TAIL ? 0 : WRONG;
  if (slot === 'evidence') return EVIDENCE.test(text) || text.length <= MAX_PHRASE_TAIL ? 0 : WRONG;
  return known ? WRONG : 0;
}

// "＞=3 次": a value's unit may be printed apart from its number.
export function isUnitAfterNumber(slot: Slot, prev: string, text: string): boolean {
  return (slot === 'value' || slot === 'lastYear') && /\d$/.test(prev) && /^\D{1,6}$/.test(text);
}
