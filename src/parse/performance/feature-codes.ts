// What a text looks like, as the features kindScore (cell-kinds.ts) ranks, and the same as bits
// of an integer (a "code"): kindScore reads nothing else, so runs are scored by code, and codes
// are cheap to store and compare.

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

// The bits. Weight: 0 none, 1 at most MAX_WEIGHT, 2 more.
const STRENGTH_MASK = 3;
export const WEIGHT_SHIFT = 2;
export const UNIT = 1 << 4;
export const NONE = 1 << 5;
export const DATE_BIT = 1 << 6;
export const SHORT_WORDS = 1 << 7;
export const BASIS_EXACT_BIT = 1 << 8;
export const BASIS_BIT = 1 << 9;
export const SCORING_BIT = 1 << 10;
export const EVIDENCE_EXACT_BIT = 1 << 11;
export const EVIDENCE_BIT = 1 << 12;
export const MAX_WEIGHT = 100;

export const weightCode = (weight: number | undefined) =>
  weight === undefined ? 0 : weight <= MAX_WEIGHT ? 1 : 2;

export function featureCode(f: Features): number {
  return (
    f.strength |
    (weightCode(f.weight) << WEIGHT_SHIFT) |
    (f.unit ? UNIT : 0) |
    (f.none ? NONE : 0) |
    (f.date ? DATE_BIT : 0) |
    (f.shortWords ? SHORT_WORDS : 0) |
    (f.basisExact ? BASIS_EXACT_BIT : 0) |
    (f.basis ? BASIS_BIT : 0) |
    (f.scoring ? SCORING_BIT : 0) |
    (f.evidenceExact ? EVIDENCE_EXACT_BIT : 0) |
    (f.evidence ? EVIDENCE_BIT : 0)
  );
}

/** The features a code stands for; a weight as any number of its class. */
export function decodeFeatures(code: number): Features {
  const weight = (code >> WEIGHT_SHIFT) & 3;
  return {
    strength: (code & STRENGTH_MASK) as 0 | 1 | 2,
    unit: (code & UNIT) !== 0,
    weight: weight === 0 ? undefined : weight === 1 ? MAX_WEIGHT : MAX_WEIGHT + 1,
    none: (code & NONE) !== 0,
    date: (code & DATE_BIT) !== 0,
    shortWords: (code & SHORT_WORDS) !== 0,
    basisExact: (code & BASIS_EXACT_BIT) !== 0,
    basis: (code & BASIS_BIT) !== 0,
    scoring: (code & SCORING_BIT) !== 0,
    evidenceExact: (code & EVIDENCE_EXACT_BIT) !== 0,
    evidence: (code & EVIDENCE_BIT) !== 0,
  };
}

// What a run of two pieces or more can read as, told by its first pieces alone (RunCodes'
// longStarts): kindBound's input, as bits.
/** A number may start it: a comparator, a sign or a digit first. */
export const START_NUMBER = 1;
/** A comparator's first letter first (a value of strength 2 needs one). */
export const START_COMPARATOR = 2;
/** Its first piece is all dashes (a "no value" of several pieces is all dashes). */
export const START_DASHES = 4;
/** Its first two pieces are all digits and points, a digit first (a weight needs it). */
export const START_WEIGHT = 8;
/** An exact basis's first letter first (历史标准…). */
export const START_BASIS_EXACT = 16;
/** Every bit: a run about whose start nothing is known. */
export const START_ANY = 31;
