// The printed figure after a change word ("增加 106.71万元", "下降 2.77%"), read by hand as the
// pattern 了?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元|[%％]) reads it: a rule finds the words by a
// regex's test (no match array) and reads the figure after each here, where an exec made a match
// array and a string per group for every figure, though change-words-agree keeps two words.

/** What readFigure read. */
export interface Figure {
  /** Where the figure ends (after its unit). */
  end: number;
  /** Whether its number is not zero (a digit 1–9). */
  nonzero: boolean;
  /** Whether its unit is % or ％ (else 万元 or 元). */
  rate: boolean;
}

/** A figure to read into: callers keep one and read it before the next read. */
export function newFigure(): Figure {
  return { end: 0, nonzero: false, rate: false };
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** \s as a regex reads it. */
const isSpace = (c: number) =>
  (c >= 9 && c <= 13) ||
  c === 0x20 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/**
 * Reads into `out` the figure 了?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元|[%％]) that starts at `i`;
 * false when none does. The number is the longest one: a shorter one is followed by a digit, a
 * comma or a point, never by a unit, so the pattern cannot match with it either.
 */
export function readFigure(text: string, i: number, out: Figure): boolean {
  if (text.charCodeAt(i) === 0x4e86) i++; // 了
  while (isSpace(text.charCodeAt(i))) i++;
  if (!isDigit(text.charCodeAt(i))) return false;
  let nonzero = false;
  for (let c = text.charCodeAt(i); isDigit(c) || c === 44; c = text.charCodeAt(++i))
    if (c > 48 && c <= 57) nonzero = true;
  if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1)))
    for (i++; isDigit(text.charCodeAt(i)); i++) if (text.charCodeAt(i) !== 48) nonzero = true;
  while (isSpace(text.charCodeAt(i))) i++;
  const unit = text.charCodeAt(i);
  const rate = unit === 0x25 || unit === 0xff05; // % ％
  if (rate || unit === 0x5143)
    out.end = i + 1; // 元
  else if (unit === 0x4e07 && text.charCodeAt(i + 1) === 0x5143)
    out.end = i + 2; // 万元
  else return false;
  out.nonzero = nonzero;
  out.rate = rate;
  return true;
}
