// The body of a 绩效目标表 as a stream: printed pieces (the space-separated parts of each line) and
// the merged 一级/二级 labels found among them. A label is printed once, wrapped over several
// lines ("经济\n成本\n指标"), and sometimes glued to the cell printed just before it on the same
// baseline ("原始凭证数量", "工作资料满意"), so labels are found by joining fragments against the
// known names, and a label may start inside a piece after a row-final cell (佐证资料, 赋分规则, a
// weight).
import type { LayoutLine, LayoutToken } from '../../model/layout.js';
import { isWhitespaceCode } from '../../ingest/normalize.js';
import { words } from '../tables/tokens.js';
import {
  isBlockLabel,
  isPieceLabelPrefix,
  knownPieceLabel,
  LABEL_TREE,
  labelNode,
  mayStartLabel,
} from './labels.js';

/** How a piece meets the one before it: a new line, a space on the same line, or no gap. */
export type Join = 'line' | 'space' | 'glued';

export interface Piece {
  readonly kind: 'piece';
  readonly text: string;
  readonly line: LayoutLine;
  readonly join: Join;
  /** A label was printed between this piece and the one before it. */
  readonly afterLabel: boolean;
  /** PDF: the baseline of the token it comes from. */
  readonly y?: number;
}

export interface LabelToken {
  readonly kind: 'label';
  /** The known name (match key form). */
  readonly name: string;
  readonly line: LayoutLine;
  /** PDF: the middle of its fragments' baselines (a wrapped label is centred on its rows). */
  readonly y?: number;
}

export type Token = Piece | LabelToken;

/** PDF: midway between the baselines of the first and last fragments of a label. */
function labelY(raw: readonly Raw[], first: number, last: number): number | undefined {
  const a = raw[first]?.box?.y;
  const b = raw[last]?.box?.y;
  return a === undefined ? undefined : b === undefined ? a : (a + b) / 2;
}

// A label glued after another cell follows the last column of a row: 佐证资料 (…资料, …凭证,
// …材料), 赋分规则 (…赋分) or a weight.
const ROW_END_WORDS = ['资料', '凭证', '材料', '证明', '赋分'];
const ROW_END_PREFIX = new RegExp(`(?:${ROW_END_WORDS.join('|')}|^\\d{1,3})$`);
/** A piece that holds no ROW_END_PREFIX anywhere (most) hides no glued label. */
const MAY_HOLD_ROW_END = new RegExp(`${ROW_END_WORDS.join('|')}|^\\d`);
/** 1 at the first letters of ROW_END_WORDS: a piece with none of them holds none of the words. */
const ROW_END_FIRST = new Uint8Array(0x10000);
for (const word of ROW_END_WORDS) ROW_END_FIRST[word.charCodeAt(0)] = 1;
// A weight glued to a merged cell printed on its baseline ("20履职效能", seed 000 部门整体).
// Three characters at least: a two-character tail is a unit ("0平方", "100万页").
const NUMBER_THEN_WORDS = /^(\d{1,3})([\u4e00-\u9fff]{3,})$/;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
// Labels are short; never join more fragments than this to find one.
const MAX_LABEL_FRAGMENTS = 6;

/**
 * A printed piece before labels are found. It has a Piece's fields (afterLabel false), so one
 * without a box (the text layouts) becomes its token as it is, not copied.
 */
interface Raw {
  readonly kind: 'piece';
  text: string;
  readonly line: LayoutLine;
  join: Join;
  readonly afterLabel: false;
  /** PDF: the token's extent and baseline, when the line's words are its tokens. */
  box?: { x0: number; x1: number; y: number };
}

function rawPieces(lines: readonly LayoutLine[]): Raw[] {
  const out: Raw[] = [];
  for (const line of lines) {
    if (line.tokens) {
      const parts = words(line.text);
      const tokens = wordBoxes(parts, line.tokens);
      for (let i = 0; i < parts.length; i++)
        addWord(out, parts[i] as string, line, i === 0 ? 'line' : 'space', tokens?.[i]);
      continue;
    }
    // Without positions the words are read in place, as words() cuts them (no array per line).
    const text = line.text;
    const n = text.length;
    let at = 0;
    let index = 0;
    while (at < n) {
      while (at < n && isWhitespaceCode(text.charCodeAt(at))) at++;
      if (at === n) break;
      const start = at;
      while (at < n && !isWhitespaceCode(text.charCodeAt(at))) at++;
      addWord(out, text.slice(start, at), line, index === 0 ? 'line' : 'space', undefined);
      index++;
    }
  }
  return joinWrappedLabels(out);
}

// (Plain code and no closures here: this runs per piece.)
function addWord(
  out: Raw[],
  text: string,
  line: LayoutLine,
  join: Join,
  t: LayoutToken | undefined,
): void {
  if (isBlockLabel(text)) return;
  const prev = out[out.length - 1];
  if (t && prev?.box && prev.line === line && sameCell(prev, text, t)) {
    prev.text += text;
    prev.box = { ...prev.box, x1: Math.max(prev.box.x1, t.x1) };
    return;
  }
  // (The digit check first: most pieces start otherwise.)
  const m = isDigit(text.charCodeAt(0)) ? NUMBER_THEN_WORDS.exec(text) : null;
  if (m && !knownPieceLabel(text)) {
    out.push(rawPiece(m[1] as string, line, join, t));
    out.push(rawPiece(m[2] as string, line, 'glued', t));
  } else out.push(rawPiece(text, line, join, t));
}

// (Built without spreads: they cost an object per piece, and the seeds have no boxes.)
function rawPiece(text: string, line: LayoutLine, join: Join, t: LayoutToken | undefined): Raw {
  return t
    ? { kind: 'piece', text, line, join, afterLabel: false, box: { x0: t.x0, x1: t.x1, y: t.y } }
    : { kind: 'piece', text, line, join, afterLabel: false };
}

/**
 * PDF: each word's token, as one box. A line's text is its tokens joined by spaces, except
 * around CJK punctuation ("特殊对象及群体" "、居民…" read as one word), so a word is one token or
 * several in a row; undefined when the words do not line up with the tokens.
 */
function wordBoxes(
  parts: readonly string[],
  tokens: readonly LayoutToken[],
): LayoutToken[] | undefined {
  if (tokens.length === parts.length) return [...tokens];
  const out: LayoutToken[] = [];
  let t = 0;
  for (const word of parts) {
    const first = tokens[t];
    if (!first) return undefined;
    let text = first.text;
    let x1 = first.x1;
    t++;
    while (text.length < word.length && t < tokens.length) {
      const next = tokens[t] as LayoutToken;
      text += next.text;
      x1 = Math.max(x1, next.x1);
      t++;
    }
    if (text !== word) return undefined;
    out.push({ ...first, text, x1 });
  }
  return t === tokens.length ? out : undefined;
}

// PDF: two tokens of one line closer than this many font sizes are one cell printed with a space
// ("居民参与率不低于 100%", 万里街道 2023 p.35: gaps of 0.5 size); cells are further apart (two
// merged labels side by side, p.34: 0.7 size).
const SAME_CELL_GAP = 0.6;

function sameCell(prev: Raw, text: string, t: LayoutToken): boolean {
  if (!prev.box || t.x0 - prev.box.x1 >= SAME_CELL_GAP * t.size) return false;
  // Merged labels are read apart.
  return !isPieceLabelPrefix(text) && !isPieceLabelPrefix(prev.text);
}

/**
 * A label wrapped in a merged cell taller than a row ("社会效益指" / "标", 万里街道 2023 p.35)
 * has its next fragment on a later line, after the cells of a row: the fragment below it (its
 * extent overlapping) on the next line is moved right after it. Only with positions.
 */
function joinWrappedLabels(raw: Raw[]): Raw[] {
  for (let i = 0; i < raw.length; i++) {
    const head = raw[i] as Raw;
    if (!head.box || knownPieceLabel(head.text) || !isPieceLabelPrefix(head.text)) continue;
    const next = raw[i + 1];
    if (next && isPieceLabelPrefix(head.text + next.text)) continue;
    for (let j = i + 1; j < raw.length; j++) {
      const below = raw[j] as Raw;
      if (below.line.line > head.line.line + 1) break;
      if (below.line === head.line || !below.box) continue;
      const overlaps = below.box.x0 < head.box.x1 && below.box.x1 > head.box.x0;
      if (overlaps && isPieceLabelPrefix(head.text + below.text)) {
        raw.splice(j, 1);
        // The piece after it now starts its line (万里街道 2023 p.34: "度指标" was first on the
        // line of "提高居民、驻区企业满意度", a row of its own).
        const after = raw[j];
        if (below.join === 'line' && after?.line === below.line)
          raw[j] = { ...after, join: 'line' };
        raw.splice(i + 1, 0, { ...below, join: 'line' });
        break;
      }
    }
  }
  return raw;
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
  // The join so far as a node of the names' tree (undefined once it is no name's prefix): the
  // fragments are walked letter by letter, with no string built per letter.
  let joined = labelNode(LABEL_TREE, head);
  for (let j = from; j < raw.length && j < from + MAX_LABEL_FRAGMENTS; j++) {
    if (!joined) break;
    const text = (raw[j] as Raw).text;
    // The label may end inside this piece ("标 驻地…" printed as "标驻地…"): its rest is a tail.
    for (let k = 1; k <= text.length && joined; k++) {
      joined = joined.next.get(text.charCodeAt(k - 1));
      if (joined?.name !== undefined)
        best = { name: joined.name, end: j, tail: k < text.length ? text.slice(k) : '' };
    }
  }
  return best;
}

export function tokenize(lines: readonly LayoutLine[]): Token[] {
  const raw = rawPieces(lines);
  const tokens: Token[] = [];
  let afterLabel = false;
  const pushPiece = (text: string, line: LayoutLine, join: Join, y?: number) => {
    // (No spread of an optional y: it costs an object per piece.)
    tokens.push(
      y === undefined
        ? { kind: 'piece', text, line, join, afterLabel }
        : { kind: 'piece', text, line, join, afterLabel, y },
    );
    afterLabel = false;
  };
  const pushLabel = (name: string, line: LayoutLine, y?: number) => {
    // (No spread of an optional y: it costs an object per label.)
    tokens.push(y === undefined ? { kind: 'label', name, line } : { kind: 'label', name, line, y });
    afterLabel = true;
  };
  let i = 0;
  while (i < raw.length) {
    const piece = raw[i] as Raw;
    const whole = matchLabel(piece.text, raw, i + 1);
    if (whole) {
      pushLabel(whole.name, piece.line, labelY(raw, i, whole.end));
      i = resume(whole, raw);
      continue;
    }
    const split = splitGlued(piece.text, raw, i + 1);
    if (split) {
      pushPiece(split.before, piece.line, piece.join, piece.box?.y);
      pushLabel(split.match.name, piece.line, labelY(raw, i, split.match.end));
      i = resume(split.match, raw);
      continue;
    }
    // A raw piece without a box, after no label, is its own token.
    if (!afterLabel && !piece.box) tokens.push(piece);
    else pushPiece(piece.text, piece.line, piece.join, piece.box?.y);
    i++;
  }
  return tokens;
}

/** Continue after a label: its unused tail becomes a glued piece in place of the raw one. */
function resume(match: LabelMatch, raw: Raw[]): number {
  const end = raw[match.end];
  if (end && match.tail) {
    raw[match.end] = { ...end, text: match.tail, join: 'glued' };
    return match.end;
  }
  return match.end + 1;
}

/** MAY_HOLD_ROW_END.test, with a letter scan first (most pieces hold no word's first letter). */
function mayHoldRowEnd(text: string): boolean {
  if (isDigit(text.charCodeAt(0))) return true;
  for (let i = 0; i < text.length; i++)
    if (ROW_END_FIRST[text.charCodeAt(i)] === 1) return MAY_HOLD_ROW_END.test(text);
  return false;
}

function splitGlued(
  text: string,
  raw: readonly Raw[],
  from: number,
): { before: string; match: LabelMatch } | undefined {
  if (!mayHoldRowEnd(text)) return undefined;
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
