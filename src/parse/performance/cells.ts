// How well a run of pieces reads as one cell of a given column. The row reader (rows.ts) picks
// the split of the body into rows and cells with the best total, so these scores only need to
// rank alternatives: a cell of its column's kind scores STRONG, a plausible one WEAK, a cell
// that looks like another column's kind WRONG. Wrapped fragments are checked against the
// column's width: a fragment is only followed by another of the same cell when the next word
// would not have fitted on its line (the printer wraps only then).
import type { Slot } from './columns.js';
import {
  displayWidth,
  firstWordWidth,
  isNoValue,
  parseIndicatorValue,
  splitComparator,
  valueStrength,
} from './value.js';
import type { Piece } from './pieces.js';

const STRONG = 3;
const WEAK = 1;
const WRONG = -4;
/** Nothing printed in a cell: allowed (a lost or blank cell) but never preferred. */
export const EMPTY = -3;
/** Cells on one line are separated by spaces; a cell rarely holds one. */
const SPACE_INSIDE = -2;
/** A merged label printed between two fragments of one cell. */
const LABEL_INSIDE = -4;
/** A fragment followed by another although the next word would have fitted on its line. */
const NOT_WRAPPED = -3;
/** A fragment of a wrapped cell wider than its column ever prints: it belongs to another cell. */
const TOO_WIDE = -3;
// Digits and letters print narrower or wider than half a CJK character depending on the font, so
// a fragment holding them gets one half-width unit of slack; CJK-only fragments get none.
const WIDTH_SLACK = 1;
/** A row starts a line (or follows a label printed before it on that line). */
const ROW_MID_LINE = -2;
/** A row never starts inside a printed word ("20履职效能": the words are a merged cell). */
const ROW_INSIDE_WORD = -6;

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

export type Widths = Partial<Record<Slot, number>>;

export function joinCell(pieces: readonly Piece[]): string {
  return pieces.map((p) => p.text).join('');
}

/**
 * Scores of `pieces[from, from + len)` as one cell of `slot`, for len = 0..maxLen (-Infinity when
 * impossible). Built incrementally, and the kind of a text is cached: the row reader asks about
 * every run of pieces in every column.
 */
export type CellScorer = (slot: Slot, from: number, maxLen: number) => number[];

export function cellScorer(pieces: readonly Piece[], widths?: Widths): CellScorer {
  const seen = new Map<string, Features>();
  const wide = pieces.map((p) => displayWidth(p.text));
  const firstWord = pieces.map((p) => firstWordWidth(p.text));
  const slack = pieces.map((p) => (/[\x21-\x7e]/.test(p.text) ? WIDTH_SLACK : 0));
  const kindOf = (slot: Slot, text: string) => {
    let f = seen.get(text);
    if (!f) {
      f = features(text);
      seen.set(text, f);
    }
    return kindScore(slot, f);
  };
  return (slot, from, maxLen) => {
    const scores: number[] = [slot === 'name' ? -Infinity : EMPTY];
    const width = widths?.[slot];
    let text = '';
    let joins = 0;
    let tooWide = 0;
    for (let k = from; k < from + maxLen && k < pieces.length; k++) {
      const piece = pieces[k] as Piece;
      text += piece.text;
      if (width !== undefined && (wide[k] as number) > width + (slack[k] as number)) tooWide++;
      if (k > from) joins += joinScore(slot, pieces, k, width, wide, firstWord);
      const kind = kindOf(slot, text);
      if (kind === -Infinity) {
        scores.push(-Infinity);
        continue;
      }
      let score = kind + joins + (k > from ? tooWide * TOO_WIDE : 0);
      const first = pieces[from] as Piece;
      if (slot === 'name' && first.join !== 'line' && !first.afterLabel)
        score += first.join === 'glued' ? ROW_INSIDE_WORD : ROW_MID_LINE;
      scores.push(score);
    }
    return scores;
  };
}

/** What joining piece k to the piece before it, inside one cell of `slot`, costs. */
function joinScore(
  slot: Slot,
  pieces: readonly Piece[],
  k: number,
  width: number | undefined,
  wide: readonly number[],
  firstWord: readonly number[],
): number {
  const prev = pieces[k - 1] as Piece;
  const piece = pieces[k] as Piece;
  let score = 0;
  if (piece.afterLabel) score += LABEL_INSIDE;
  if (piece.join === 'space' && !isUnitAfterNumber(slot, prev.text, piece.text))
    score += SPACE_INSIDE;
  if (piece.join === 'line' && width !== undefined)
    if ((wide[k - 1] as number) + (firstWord[k] as number) <= width) score += NOT_WRAPPED;
  if (piece.join !== 'glued') score += fragmentScore(slot, piece.text);
  return score;
}

/** Is this a cell that tells its column's printed width with certainty? */
export function isTellingCell(slot: Slot, pieces: readonly Piece[]): boolean {
  return slot === 'name' || kindScore(slot, features(joinCell(pieces))) >= STRONG - 1;
}

// A later fragment that is itself another column's kind starts a new cell: a comparator
// ("名称" + "＜" + "=9.61") or a known phrase ("册" + "历史标准"). In 赋分规则 and 佐证资料 a later
// fragment is the wrapped tail of a known phrase ("赋" + "分", "说明" + "材料"), never free text.
const MAX_PHRASE_TAIL = 2;
function fragmentScore(slot: Slot, text: string): number {
  const known = BASIS_EXACT.test(text) || SCORING.test(text) || EVIDENCE_EXACT.test(text);
  if (slot === 'value' || slot === 'lastYear') return known ? WRONG : 0;
  if (splitComparator(text)) return WRONG;
  if (slot === 'scoring') return SCORING.test(text) || text.length <= MAX_PHRASE_TAIL ? 0 : WRONG;
  if (slot === 'evidence') return EVIDENCE.test(text) || text.length <= MAX_PHRASE_TAIL ? 0 : WRONG;
  return known ? WRONG : 0;
}

// "＞=3 次": a value's unit may be printed apart from its number.
function isUnitAfterNumber(slot: Slot, prev: string, text: string): boolean {
  return (slot === 'value' || slot === 'lastYear') && /\d$/.test(prev) && /^\D{1,6}$/.test(text);
}

/** What a text looks like, computed once per text for all columns. */
interface Features {
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

function features(text: string): Features {
  const strength = valueStrength(text);
  return {
    strength,
    unit: strength === 2 && parseIndicatorValue(text).unit !== undefined,
    weight: WEIGHT.test(text) ? Number(text) : undefined,
    none: isNoValue(text),
    date: DATE.test(text),
    shortWords: WORDS.test(text) && text.length <= MAX_WORDS_VALUE,
    basisExact: BASIS_EXACT.test(text),
    basis: BASIS.test(text),
    scoring: SCORING.test(text),
    evidenceExact: EVIDENCE_EXACT.test(text),
    evidence: EVIDENCE.test(text),
  };
}

function kindScore(slot: Slot, f: Features): number {
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
