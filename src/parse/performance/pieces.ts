// The body of a 绩效目标表 as a stream: printed pieces (the space-separated parts of each line) and
// the merged 一级/二级 labels found among them. A label is printed once, wrapped over several
// lines ("经济\n成本\n指标"), and sometimes glued to the cell printed just before it on the same
// baseline ("原始凭证数量", "工作资料满意"), so labels are found by joining fragments against the
// known names, and a label may start inside a piece after a row-final cell (佐证资料, 赋分规则, a
// weight).
import type { LayoutLine } from '../../model/layout.js';
import { words } from '../tables/tokens.js';
import { isPieceLabelPrefix, knownPieceLabel, MAX_LABEL_LENGTH, mayStartLabel } from './labels.js';

/** How a piece meets the one before it: a new line, a space on the same line, or no gap. */
export type Join = 'line' | 'space' | 'glued';

export interface Piece {
  readonly kind: 'piece';
  readonly text: string;
  readonly line: LayoutLine;
  readonly join: Join;
  /** A label was printed between this piece and the one before it. */
  readonly afterLabel: boolean;
}

export interface LabelToken {
  readonly kind: 'label';
  /** The known name (match key form). */
  readonly name: string;
  readonly line: LayoutLine;
}

export type Token = Piece | LabelToken;

// A label glued after another cell follows the last column of a row: 佐证资料 (…资料, …凭证,
// …材料), 赋分规则 (…赋分) or a weight.
const ROW_END_PREFIX = /(?:资料|凭证|材料|证明|赋分|^\d{1,3})$/;
// A weight glued to a merged cell printed on its baseline ("20履职效能", seed 000 部门整体).
// Three characters at least: a two-character tail is a unit ("0平方", "100万页").
const NUMBER_THEN_WORDS = /^(\d{1,3})([\u4e00-\u9fff]{3,})$/;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
// Labels are short; never join more fragments than this to find one.
const MAX_LABEL_FRAGMENTS = 6;

interface Raw {
  text: string;
  line: LayoutLine;
  join: Join;
}

function rawPieces(lines: readonly LayoutLine[]): Raw[] {
  const out: Raw[] = [];
  for (const line of lines) {
    const parts = words(line.text);
    parts.forEach((text, i) => {
      const join: Join = i === 0 ? 'line' : 'space';
      // (The digit check first: most pieces start otherwise.)
      const m = isDigit(text.charCodeAt(0)) ? NUMBER_THEN_WORDS.exec(text) : null;
      if (m && !knownPieceLabel(text)) {
        out.push({ text: m[1] as string, line, join });
        out.push({ text: m[2] as string, line, join: 'glued' });
      } else out.push({ text, line, join });
    });
  }
  return out;
}

interface LabelMatch {
  name: string;
  /** Index of the raw piece the label ends in, and the unused tail of that piece. */
  end: number;
  tail: string;
}

// Raw pieces hold no spaces (they are split at them), so labels are looked up by the piece forms.

/** The longest known label that starts with `head` and continues through raw[from…]. */
function matchLabel(head: string, raw: readonly Raw[], from: number): LabelMatch | undefined {
  // Most pieces start with a letter no name starts with.
  if (!mayStartLabel(head, 0)) return undefined;
  let best: LabelMatch | undefined;
  const name = knownPieceLabel(head);
  if (name) best = { name, end: from - 1, tail: '' };
  let joined = head;
  for (let j = from; j < raw.length && j < from + MAX_LABEL_FRAGMENTS; j++) {
    if (!isPieceLabelPrefix(joined)) break;
    const text = (raw[j] as Raw).text;
    // The label may end inside this piece ("标 驻地…" printed as "标驻地…"); a join longer than
    // any name is none.
    const longest = Math.min(text.length - 1, MAX_LABEL_LENGTH - joined.length);
    for (let k = 1; k <= longest; k++) {
      const partial = knownPieceLabel(joined + text.slice(0, k));
      if (partial) best = { name: partial, end: j, tail: text.slice(k) };
    }
    joined += text;
    const full = knownPieceLabel(joined);
    if (full) best = { name: full, end: j, tail: '' };
  }
  return best;
}

export function tokenize(lines: readonly LayoutLine[]): Token[] {
  const raw = rawPieces(lines);
  const tokens: Token[] = [];
  let afterLabel = false;
  const pushPiece = (text: string, line: LayoutLine, join: Join) => {
    tokens.push({ kind: 'piece', text, line, join, afterLabel });
    afterLabel = false;
  };
  const pushLabel = (name: string, line: LayoutLine) => {
    tokens.push({ kind: 'label', name, line });
    afterLabel = true;
  };
  let i = 0;
  while (i < raw.length) {
    const piece = raw[i] as Raw;
    const whole = matchLabel(piece.text, raw, i + 1);
    if (whole) {
      pushLabel(whole.name, piece.line);
      i = resume(whole, raw);
      continue;
    }
    const split = splitGlued(piece.text, raw, i + 1);
    if (split) {
      pushPiece(split.before, piece.line, piece.join);
      pushLabel(split.match.name, piece.line);
      i = resume(split.match, raw);
      continue;
    }
    pushPiece(piece.text, piece.line, piece.join);
    i++;
  }
  return tokens;
}

/** Continue after a label: its unused tail becomes a glued piece in place of the raw one. */
function resume(match: LabelMatch, raw: Raw[]): number {
  const end = raw[match.end];
  if (end && match.tail) {
    raw[match.end] = { text: match.tail, line: end.line, join: 'glued' };
    return match.end;
  }
  return match.end + 1;
}

function splitGlued(
  text: string,
  raw: readonly Raw[],
  from: number,
): { before: string; match: LabelMatch } | undefined {
  for (let k = 1; k < text.length - 1; k++) {
    // A label must start at k (checked first: it is one table read).
    if (!mayStartLabel(text, k)) continue;
    const before = text.slice(0, k);
    if (!ROW_END_PREFIX.test(before)) continue;
    const match = matchLabel(text.slice(k), raw, from);
    if (match) return { before, match };
  }
  return undefined;
}
