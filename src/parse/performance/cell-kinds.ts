// How a text (feature-codes.ts) scores as one cell of a given column: a cell of its column's
// kind scores STRONG, a plausible one WEAK, one that looks like another column's kind WRONG. The
// row reader (rows.ts) only compares totals, so these scores only need to rank alternatives.
import type { Slot } from './columns.js';
import {
  BASIS_EXACT_BIT,
  EVIDENCE_BIT,
  EVIDENCE_EXACT_BIT,
  MAX_WEIGHT,
  SCORING_BIT,
  START_BASIS_EXACT,
  START_COMPARATOR,
  START_DASHES,
  START_NUMBER,
  START_WEIGHT,
  type Features,
} from './feature-codes.js';

export const STRONG = 3;
const WEAK = 1;
const WRONG = -4;

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

/**
 * The highest kindScore of any run of two pieces or more of a column, knowing only what its
 * first pieces can start (START_* bits, see RunCodes.longStarts): the row reader skips a run
 * when even this cannot beat what it has. -Infinity when no such run is a cell of the column.
 */
export function kindBound(slot: Slot, starts: number): number {
  // Strength 2 needs a comparator first, strength 1 and a date a number first; a run of
  // several pieces is "no value" only when all dashes.
  const comparator = (starts & START_COMPARATOR) !== 0;
  const number = (starts & START_NUMBER) !== 0;
  switch (slot) {
    case 'name':
      return 0;
    case 'value':
      return comparator ? STRONG + 1 : number ? STRONG - 1 : WEAK;
    case 'lastYear':
      if (comparator) return STRONG + 1;
      if ((starts & START_DASHES) !== 0) return STRONG;
      return number ? STRONG - 1 : WEAK;
    case 'basis':
      return (starts & START_BASIS_EXACT) !== 0 ? STRONG + 1 : STRONG;
    case 'weight':
      return (starts & START_WEIGHT) !== 0 ? STRONG : -Infinity;
    case 'scoring':
      return STRONG;
    case 'evidence':
      return STRONG - 1;
  }
}

/** Columns whose later fragments and joins score alike (fragmentScore, joinCost in cells.ts). */
export function joinClass(slot: Slot): 'value' | 'scoring' | 'evidence' | 'other' {
  if (slot === 'value' || slot === 'lastYear') return 'value';
  return slot === 'scoring' || slot === 'evidence' ? slot : 'other';
}

// A later fragment that is itself another column's kind starts a new cell: a comparator
// ("名称" + "＜" + "=9.61") or a known phrase ("册" + "历史标准"). In 赋分规则 and 佐证资料 a later
// fragment is the wrapped tail of a known phrase ("赋" + "分", "说明" + "材料"), never free text.
const MAX_PHRASE_TAIL = 2;
/** A known phrase: 历史标准, a 赋分 rule, 工作资料 (kindScore's `known`). */
const KNOWN_BITS = BASIS_EXACT_BIT | SCORING_BIT | EVIDENCE_EXACT_BIT;

/**
 * What a piece costs as a later fragment of a cell of `slot`, read from its feature code (its
 * bits: no Features object per piece), whether it starts with a comparator, and its length.
 */
export function fragmentScore(
  slot: Slot,
  code: number,
  comparator: boolean,
  length: number,
): number {
  const known = (code & KNOWN_BITS) !== 0;
  if (slot === 'value' || slot === 'lastYear') return known ? WRONG : 0;
  if (comparator) return WRONG;
  if (slot === 'scoring')
    return (code & SCORING_BIT) !== 0 || length <= MAX_PHRASE_TAIL ? 0 : WRONG;
  if (slot === 'evidence')
    return (code & EVIDENCE_BIT) !== 0 || length <= MAX_PHRASE_TAIL ? 0 : WRONG;
  return known ? WRONG : 0;
}

/** A unit printed apart from the number before it ("＞=3 次"). */
export function isUnitAfterNumber(prev: string, text: string): boolean {
  // (The last letter first: asked for every piece, most end otherwise.)
  const last = prev.charCodeAt(prev.length - 1);
  return last >= 0x30 && last <= 0x39 && /^\D{1,6}$/.test(text);
}
