// What a cell's text looks like (a value, a weight, a date, a 依据, a 赋分规则 or 佐证资料 phrase),
// as the features kindScore (cell-kinds.ts) ranks. `features(text)` reads one text. The row
// reader asks about runs of up to 8 pieces, thousands per document, so `RunCodes` derives the
// same features from facts read once per piece, scanning letters instead of running the patterns
// on every joined run; it reads a joined text only where an anchored pattern can match.
import {
  BASIS_BIT,
  BASIS_EXACT_BIT,
  DATE_BIT,
  EVIDENCE_BIT,
  EVIDENCE_EXACT_BIT,
  featureCode,
  NONE,
  SCORING_BIT,
  SHORT_WORDS,
  START_ANY,
  START_BASIS_EXACT,
  START_COMPARATOR,
  START_DASHES,
  START_NUMBER,
  START_WEIGHT,
  UNIT,
  WEIGHT_SHIFT,
  weightCode,
  type Features,
} from './feature-codes.js';
import type { Piece } from './pieces.js';
import { isWhitespaceCode } from '../../ingest/normalize.js';
import { looksLikeLabel, MAX_UNKNOWN_LABEL_LENGTH, MIN_UNKNOWN_LABEL_LENGTH } from './labels.js';
import { Scratch } from './scratch.js';
import {
  BASIS_END,
  BASIS_EXACT,
  BASIS_EXACT_LENGTH,
  BASIS_EXACT_QUALIFIERS,
  BASIS_WORD,
  CJK_FIRST,
  CJK_LAST,
  DASHES,
  DATE,
  DATE_MAX_LENGTH,
  EVIDENCE,
  EVIDENCE_EXACT,
  EXACT_NOUNS,
  EXACT_QUALIFIERS,
  EXACT_SEPARATORS,
  MAX_WORDS_VALUE,
  SCORING,
  WEIGHT,
  WEIGHT_MAX_LENGTH,
  WORDS,
} from './text-patterns.js';
import {
  isCompactNoValue,
  isNoValue,
  MAX_NUMBER_LEAD,
  MAX_UNIT_LENGTH,
  mayStartNumber,
  startsWithComparator,
  valueShape,
} from './value.js';

export function features(text: string): Features {
  const { strength, unit } = valueShape(text.replace(/\s+/g, ''));
  return {
    strength,
    unit,
    weight: WEIGHT.test(text) ? Number(text) : undefined,
    none: isNoValue(text),
    date: DATE.test(text),
    shortWords: WORDS.test(text) && text.length <= MAX_WORDS_VALUE,
    basisExact: BASIS_EXACT.test(text),
    basis: text.endsWith(BASIS_END) || BASIS_WORD.test(text),
    scoring: SCORING.test(text),
    evidenceExact: EVIDENCE_EXACT.test(text),
    evidence: EVIDENCE.test(text),
  };
}

// Letter classes by UTF-16 code unit (the patterns above have no `u` flag, so they read code
// units too): one table read per letter instead of a set or pattern per class.
const CJK = 1;
const DASH = 2;
const EXACT_LETTER = 4;
/** Digits, and a number's separators and point. */
const NUMBER_LETTER = 8;
const DIGIT = 16;
/** First letter of a word in PAIRS. */
const WORD_FIRST = 32;
const CLASS = new Uint8Array(0x10000);
const mark = (chars: string, bit: number) => {
  for (const c of chars) CLASS[c.charCodeAt(0)] = (CLASS[c.charCodeAt(0)] ?? 0) | bit;
};
CLASS.fill(CJK, CJK_FIRST, CJK_LAST + 1);
mark(DASHES, DASH);
mark([...EXACT_QUALIFIERS, ...EXACT_NOUNS].join('') + EXACT_SEPARATORS, EXACT_LETTER);
mark('0123456789,.', NUMBER_LETTER);
mark('0123456789', DIGIT);
/** First letter of an EVIDENCE_EXACT word. */
const EXACT_FIRST = 64;
mark([...EXACT_QUALIFIERS, ...EXACT_NOUNS].map((w) => w.charAt(0)).join(''), EXACT_FIRST);
/** First letter of a BASIS_EXACT text. */
const BASIS_EXACT_FIRST = 128;
mark(BASIS_EXACT_QUALIFIERS.map((w) => w.charAt(0)).join(''), BASIS_EXACT_FIRST);
const isDigit = (c: number) => ((CLASS[c] as number) & DIGIT) !== 0;

// The words of BASIS_WORD, SCORING and EVIDENCE by their two letters' codes, with the bits they
// set. A word found in a run then lies in one piece or spans the last letter of one piece and
// the first of the next.
const PAIRS = new Map<number, number>();
// (As a 32-bit integer: a larger number makes a slow Map key.)
const pairCode = (a: number, b: number) => (a << 16) | b;
for (const [re, bit] of [
  [BASIS_WORD, BASIS_BIT],
  [SCORING, SCORING_BIT],
  [EVIDENCE, EVIDENCE_BIT],
] as const)
  for (const w of re.source.split('|')) {
    const code = pairCode(w.charCodeAt(0), w.charCodeAt(1));
    PAIRS.set(code, (PAIRS.get(code) ?? 0) | bit);
    mark(w.charAt(0), WORD_FIRST);
  }
const ALL_WORDS = [BASIS_WORD, SCORING, EVIDENCE].flatMap((re) => re.source.split('|'));
/** Otherwise (a longer word, say) RunCodes reads every joined text. */
const WORDS_ARE_PAIRS = [BASIS_END, ...ALL_WORDS].every((w) => /^[\u4e00-\u9fff]{2}$/.test(w));

// Per-piece flags, read for a run from its first piece (…_START) or its last (the rest); the
// letter classes all of a piece's letters share (`all`) are ANDed over the run's pieces.
const VALUE_START = 1;
const DIGIT_START = 2;
const EXACT_START = 4;
const NO_VALUE = 8;
const ENDS_BASIS = 16;
const ENDS_BASIS_ACROSS = 32;
const COMPARATOR_START = 64;
const BASIS_EXACT_START = 128;
// Only number letters before the first digit (all letters when none), between, after the last.
const HEAD_NUMERIC = 1;
const INSIDE_NUMERIC = 2;
const TAIL_NUMERIC = 4;
/** All of a piece's letters are a number's (digits, separators, point). */
const ALL_NUMERIC = HEAD_NUMERIC | INSIDE_NUMERIC | TAIL_NUMERIC;

const BASIS_END_FIRST = BASIS_END.charCodeAt(0);
const BASIS_END_LAST = BASIS_END.charCodeAt(1);

/** Facts about each piece from which the features of any run follow. */
interface PieceFacts {
  length: Int32Array;
  flags: Int32Array;
  all: Int32Array;
  numeric: Int32Array;
  /** Words inside the piece, and across its start (previous piece's last letter + its first). */
  words: Int32Array;
  across: Int32Array;
  /** Index of the first and last digit; -1 when none. */
  firstDigit: Int32Array;
  lastDigit: Int32Array;
}

/** The facts of each piece; undefined when a piece is empty or holds a space (they would not
 * hold: the tokenizer makes no such piece). */
function pieceFacts(texts: readonly string[], scratch: Scratch): PieceFacts | undefined {
  const n = texts.length;
  const facts: PieceFacts = {
    length: scratch.int32(n),
    flags: scratch.int32(n),
    all: scratch.int32(n),
    numeric: scratch.int32(n),
    words: scratch.int32(n),
    across: scratch.int32(n),
    firstDigit: scratch.int32(n, -1),
    lastDigit: scratch.int32(n, -1),
  };
  for (let k = 0; k < n; k++) {
    const text = texts[k] as string;
    if (text === '') return undefined;
    facts.length[k] = text.length;
    const first = text.charCodeAt(0);
    const prev = texts[k - 1];
    let all = CJK | DASH | EXACT_LETTER;
    let words = 0;
    let firstDigit = -1;
    let lastDigit = -1;
    let before = 0;
    // Whether a letter no number holds comes before the first digit (or in a piece without
    // any), between two digits, or after the last one: read in this walk, not in three more.
    let otherHead = false;
    let otherInside = false;
    let otherSinceDigit = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isWhitespaceCode(c)) return undefined;
      const cls = CLASS[c] as number;
      if (cls & DIGIT) {
        if (firstDigit < 0) firstDigit = i;
        lastDigit = i;
        if (otherSinceDigit) otherInside = true;
        otherSinceDigit = false;
      } else if ((cls & NUMBER_LETTER) === 0) {
        if (firstDigit < 0) otherHead = true;
        else otherSinceDigit = true;
      }
      all &= cls;
      if (i > 0 && before & WORD_FIRST)
        words |= PAIRS.get(pairCode(text.charCodeAt(i - 1), c)) ?? 0;
      before = cls;
    }
    facts.flags[k] =
      (mayStartNumber(text) ? VALUE_START : 0) |
      (isDigit(first) ? DIGIT_START : 0) |
      (startsWithComparator(text) ? COMPARATOR_START : 0) |
      (((CLASS[first] as number) & EXACT_FIRST) !== 0 ? EXACT_START : 0) |
      (((CLASS[first] as number) & BASIS_EXACT_FIRST) !== 0 ? BASIS_EXACT_START : 0) |
      // NONE is dashes, or one letter (无, /).
      ((text.length === 1 || all & DASH) && isCompactNoValue(text) ? NO_VALUE : 0) |
      (text.endsWith(BASIS_END) ? ENDS_BASIS : 0) |
      // (Letters compared, not joined: BASIS_END is two letters, see WORDS_ARE_PAIRS.)
      (text.length === 1 &&
      prev !== undefined &&
      prev.charCodeAt(prev.length - 1) === BASIS_END_FIRST &&
      first === BASIS_END_LAST
        ? ENDS_BASIS_ACROSS
        : 0);
    facts.all[k] = all & (CJK | DASH | EXACT_LETTER);
    facts.words[k] = words;
    const prevLast = prev === undefined ? 0 : prev.charCodeAt(prev.length - 1);
    if (((CLASS[prevLast] as number) & WORD_FIRST) !== 0)
      facts.across[k] = PAIRS.get(pairCode(prevLast, first)) ?? 0;
    facts.firstDigit[k] = firstDigit;
    facts.lastDigit[k] = lastDigit;
    facts.numeric[k] =
      (otherHead ? 0 : HEAD_NUMERIC) |
      (otherInside ? 0 : INSIDE_NUMERIC) |
      (otherSinceDigit ? 0 : TAIL_NUMERIC);
  }
  return facts;
}

/** Does every BASIS_EXACT match end with BASIS_END? Then only runs ending so are tested. */
const EXACT_ENDS_BASIS = BASIS_EXACT.source.endsWith(`)${BASIS_END}$`);

/** Features from anchored patterns, on a joined text that passed their pre-checks. */
function anchoredBits(
  text: string,
  numberLike: boolean,
  dated: boolean,
  exact: boolean,
  basisExact: boolean,
): number {
  let code = 0;
  if (numberLike) {
    const { strength, unit } = valueShape(text);
    code |= strength | (unit ? UNIT : 0);
  }
  if (dated && text.length <= WEIGHT_MAX_LENGTH && WEIGHT.test(text))
    code |= weightCode(Number(text)) << WEIGHT_SHIFT;
  if (dated && DATE.test(text)) code |= DATE_BIT;
  if (basisExact && BASIS_EXACT.test(text)) code |= BASIS_EXACT_BIT;
  if (exact && EVIDENCE_EXACT.test(text)) code |= EVIDENCE_EXACT_BIT;
  return code;
}

/**
 * Feature codes of runs pieces[from, from + len), 1 ≤ len ≤ maxLen, each read when first asked
 * for and kept: the row reader asks for a fraction of all runs (those that might score best).
 */
export class RunCodes {
  private readonly texts: readonly string[];
  private readonly stride: number;
  private readonly codes: Int32Array;
  /** Undefined when the facts do not hold: then every run's joined text is read. */
  private readonly facts: PieceFacts | undefined;

  constructor(pieces: readonly Piece[], maxLen: number, scratch = new Scratch()) {
    this.texts = pieces.map((p) => p.text);
    this.stride = maxLen + 1;
    // Kept as code + 1: a new array reads 0, unread.
    this.codes = scratch.int32(pieces.length * this.stride);
    this.facts = WORDS_ARE_PAIRS ? pieceFacts(this.texts, scratch) : undefined;
  }

  code(from: number, len: number): number {
    const at = from * this.stride + len;
    const kept = this.codes[at] as number;
    if (kept !== 0) return kept - 1;
    const code = this.facts
      ? readRun(this.texts, this.facts, from, len)
      : featureCode(features(this.texts.slice(from, from + len).join('')));
    this.codes[at] = code + 1;
    return code;
  }

  /** looksLikeLabel of one piece: from its facts, short CJK words (its text is its key). */
  looksLikeLabel(k: number): boolean {
    const facts = this.facts;
    if (!facts) return looksLikeLabel(this.texts[k] as string);
    const length = facts.length[k] as number;
    return (
      ((facts.all[k] as number) & CJK) !== 0 &&
      length >= MIN_UNKNOWN_LABEL_LENGTH &&
      length <= MAX_UNKNOWN_LABEL_LENGTH
    );
  }

  /** Does a piece have letters, all CJK ideographs (each prints two units wide)? False when
   * unknown (no facts). */
  isAllCjk(k: number): boolean {
    const facts = this.facts;
    return (
      facts !== undefined &&
      ((facts.all[k] as number) & CJK) !== 0 &&
      (facts.length[k] as number) > 0
    );
  }

  /** startsWithComparator of one piece, from its facts. */
  startsWithComparator(k: number): boolean {
    const facts = this.facts;
    if (!facts) return startsWithComparator(this.texts[k] as string);
    return ((facts.flags[k] as number) & COMPARATOR_START) !== 0;
  }

  /**
   * What a run of two pieces or more from this piece can read as, told by its first two pieces
   * (START_* bits, kindBound's input); START_ANY without the facts.
   */
  longStarts(from: number): number {
    const facts = this.facts;
    if (!facts) return START_ANY;
    const flags = facts.flags[from] as number;
    let starts = 0;
    if ((flags & VALUE_START) !== 0) starts |= START_NUMBER;
    if ((flags & COMPARATOR_START) !== 0) starts |= START_COMPARATOR;
    if (((facts.all[from] as number) & DASH) !== 0) starts |= START_DASHES;
    if ((flags & BASIS_EXACT_START) !== 0) starts |= START_BASIS_EXACT;
    // A weight's letters are all digits and points (WEIGHT), in each piece of the run.
    const { numeric } = facts;
    if (
      (flags & DIGIT_START) !== 0 &&
      from + 1 < this.texts.length &&
      ((numeric[from] as number) & ALL_NUMERIC) === ALL_NUMERIC &&
      ((numeric[from + 1] as number) & ALL_NUMERIC) === ALL_NUMERIC
    )
      starts |= START_WEIGHT;
    return starts;
  }
}

/** The code of one run, from its pieces' facts; reads the joined text only where an anchored
 * pattern can match. */
function readRun(texts: readonly string[], facts: PieceFacts, from: number, len: number): number {
  const { flags, length: lengthOf, all: allOf, numeric, words: wordsOf, across } = facts;
  const { firstDigit, lastDigit } = facts;
  const head = flags[from] as number;
  let length = 0;
  let all = CJK | DASH | EXACT_LETTER;
  let words = 0;
  // Letters before the first digit (-1 before any digit) and after the last one, and whether
  // all letters between the first and last digits, and those after the last, are a number's.
  let lead = -1;
  let tail = 0;
  let middleNumeric = true;
  let tailNumeric = true;
  const end = from + len;
  for (let k = from; k < end; k++) {
    const size = lengthOf[k] as number;
    const first = firstDigit[k] as number;
    const num = numeric[k] as number;
    if (first >= 0) {
      if (lead < 0) lead = length + first;
      else middleNumeric &&= tailNumeric && (num & HEAD_NUMERIC) !== 0;
      middleNumeric &&= (num & INSIDE_NUMERIC) !== 0;
      tail = size - 1 - (lastDigit[k] as number);
      tailNumeric = (num & TAIL_NUMERIC) !== 0;
    } else {
      tail += size;
      tailNumeric &&= (num & HEAD_NUMERIC) !== 0;
    }
    length += size;
    all &= allOf[k] as number;
    words |= (wordsOf[k] as number) | (k > from ? (across[k] as number) : 0);
  }
  const last = flags[end - 1] as number;
  let code = words;
  if ((len === 1 ? last & NO_VALUE : all & DASH) !== 0) code |= NONE;
  if ((all & CJK) !== 0 && length <= MAX_WORDS_VALUE) code |= SHORT_WORDS;
  const endsBasis = (last & ENDS_BASIS) !== 0 || (len > 1 && (last & ENDS_BASIS_ACROSS) !== 0);
  if (endsBasis) code |= BASIS_BIT;
  // Anchored patterns, on the joined text where they can match. A number follows at most a
  // comparator and a sign, holds all digits, and only a unit (no digits) follows it.
  const numberLike =
    (head & VALUE_START) !== 0 &&
    lead >= 0 &&
    lead <= MAX_NUMBER_LEAD &&
    middleNumeric &&
    tail <= MAX_UNIT_LENGTH;
  const dated = (head & DIGIT_START) !== 0 && length <= DATE_MAX_LENGTH;
  const exact = (head & EXACT_START) !== 0 && (all & EXACT_LETTER) !== 0;
  // An exact basis (历史标准…) ends like any basis.
  const basisExact = length === BASIS_EXACT_LENGTH && (endsBasis || !EXACT_ENDS_BASIS);
  if (numberLike || dated || exact || basisExact) {
    let text = texts[from] as string;
    for (let j = from + 1; j < end; j++) text += texts[j] as string;
    code |= anchoredBits(text, numberLike, dated, exact, basisExact);
  }
  return code;
}
