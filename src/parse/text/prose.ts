// Text tools shared by the prose parsers (概况, 项目, 其他重要事项, 名词解释): joining wrapped lines
// (with the one joining rule of join.ts) and reading bracket balance.
import { isWhitespaceCode } from '../../ingest/normalize.js';
import type { LayoutLine } from '../../model/layout.js';
import { joinSeparator } from './join.js';
import type { SourceRef } from '../../model/source-ref.js';

/**
 * Text being joined a line at a time. Pieces are kept apart and joined once (repeated `+=` on a
 * long string and reading its last character makes each step cost the whole length).
 */
export interface TextRun {
  pieces: string[];
  /** Last character so far. */
  last: string;
  length: number;
}

export function newRun(): TextRun {
  return { pieces: [], last: '', length: 0 };
}

/** Add a line (trimmed) to a run; returns the offset where the line's text starts. */
export function addLine(run: TextRun, line: string): number {
  const t = line.trim();
  if (!t) return run.length;
  const sep = run.last ? joinSeparator(run.last, t) : '';
  if (sep) {
    run.pieces.push(sep);
    run.length += sep.length;
  }
  const start = run.length;
  run.pieces.push(t);
  run.length += t.length;
  run.last = t.charAt(t.length - 1);
  return start;
}

export function runText(run: TextRun): string {
  if (run.pieces.length > 1) run.pieces = [run.pieces.join('')];
  return run.pieces[0] ?? '';
}

/** Lines of one paragraph joined as a reader reads them (see the file comment). */
export function joinTexts(parts: readonly string[]): string {
  const run = newRun();
  for (const raw of parts) addLine(run, raw);
  return runText(run);
}

/**
 * The code of the first letter that is not whitespace (NaN for none): what
 * text.trimStart().charCodeAt(0) gives, without copying the text or making a string.
 */
export function firstCode(text: string): number {
  let i = 0;
  while (i < text.length && isWhitespaceCode(text.charCodeAt(i))) i++;
  return text.charCodeAt(i);
}

/**
 * Is the UTF-16 code unit one of `chars`'s? `chars.includes(text.charAt(i))` without making a
 * one-letter string for every letter tested (the scans below test every letter of a section).
 */
export function includesCode(chars: string, code: number): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === code) return true;
  return false;
}

/** `text` without any of `chars` at its end (a loop: a regex `[…]+$` is quadratic on long runs). */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && includesCode(chars, text.charCodeAt(end - 1))) end--;
  return text.slice(0, end);
}

/** `text` without any of `chars` at its start. */
export function trimStartChars(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && includesCode(chars, text.charCodeAt(start))) start++;
  return text.slice(start);
}

export function joinLines(lines: readonly LayoutLine[]): string {
  return joinTexts(lines.map((l) => l.text));
}

const WHITESPACE = /\s/;

/** Text with all whitespace removed, for label patterns ("下属 5家" reads as "下属5家"). */
export function compact(text: string): string {
  // Most texts hold no whitespace: a test finds that for less than the replacement costs.
  return WHITESPACE.test(text) ? text.replace(/\s+/g, '') : text;
}

// Opening bracket → the closing one, folded so that （ pairs with ) as printed documents mix them.
const OPEN: Readonly<Record<string, string>> = {
  '（': '（',
  '(': '（',
  '《': '《',
  '【': '【',
  '[': '【',
  '〔': '【',
  '＜': '＜',
  '“': '“',
};
const CLOSE: Readonly<Record<string, string>> = {
  '）': '（',
  ')': '（',
  '》': '《',
  '】': '【',
  ']': '【',
  '〕': '【',
  '＞': '＜',
  '”': '“',
};

// The same tables by character code: BRACKET[code] is 1 + kind for an opening bracket, −1 − kind
// for a closing one (kind: an index into KINDS and into the depth arrays below), 0 otherwise. The
// scans below run over whole sections a character at a time.
const KINDS = [...new Set(Object.values(OPEN))];
const BRACKET = new Int8Array(0x10000);
/** A depth per bracket kind, all 0: a plain array, which costs less to make than a typed one
 * (the scans below run once per phrase, many times per section). */
const noDepths = (): number[] => new Array<number>(KINDS.length).fill(0);
for (const [c, k] of Object.entries(OPEN)) BRACKET[c.charCodeAt(0)] = 1 + KINDS.indexOf(k);
for (const [c, k] of Object.entries(CLOSE)) BRACKET[c.charCodeAt(0)] = -1 - KINDS.indexOf(k);

/**
 * Per bracket kind, how many are opened and not closed in the text (stray closers ignored).
 * Pass `open` to continue counting from an earlier text (fields grow a line at a time).
 */
export function unclosedBrackets(
  text: string,
  open = new Map<string, number>(),
): Map<string, number> {
  for (let i = 0; i < text.length; i++) {
    const b = BRACKET[text.charCodeAt(i)]!;
    if (b === 0) continue;
    const kind = KINDS[b > 0 ? b - 1 : -1 - b]!;
    const n = open.get(kind) ?? 0;
    if (b > 0) open.set(kind, n + 1);
    else if (n > 0) open.set(kind, n - 1);
  }
  for (const [k, n] of open) if (n === 0) open.delete(k);
  return open;
}

/** Does `continuation` close a bracket left open (`open`, see unclosedBrackets) before reopening it? */
export function closesBracket(open: ReadonlyMap<string, number>, continuation: string): boolean {
  if (open.size === 0) return false;
  const depth = noDepths();
  for (let i = 0; i < continuation.length; i++) {
    const b = BRACKET[continuation.charCodeAt(i)]!;
    if (b > 0) depth[b - 1]!++;
    else if (b < 0) {
      const k = -1 - b;
      if (depth[k] === 0) {
        if ((open.get(KINDS[k]!) ?? 0) > 0) return true;
      } else depth[k]!--;
    }
  }
  return false;
}

/** For each character of `text`: is it inside a bracket (or a bracket itself)? */
export function insideBrackets(text: string): boolean[] {
  const inside = new Array<boolean>(text.length).fill(true);
  const depth = noDepths();
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    const b = BRACKET[text.charCodeAt(i)]!;
    if (b > 0) {
      depth[b - 1]!++;
      open++;
    } else if (b < 0 && depth[-1 - b]! > 0) {
      depth[-1 - b]!--;
      open--;
    } else if (open === 0) inside[i] = false;
  }
  return inside;
}

/**
 * A left-to-right walk over a text that keeps bracket depths, stopping at the letters of a set
 * that stand outside every bracket (stray closing brackets count as outside). Each letter is
 * tested here, not by a callback per letter: the callers look for a few punctuation marks.
 */
class OutsideScan {
  private readonly text: string;
  private readonly depth = noDepths();
  private inside = 0;
  private at: number;

  constructor(text: string, from: number) {
    this.text = text;
    this.at = from;
  }

  /** The index of the next of `chars` outside brackets, or −1 when the text ends first. */
  next(chars: string): number {
    const { text, depth } = this;
    let inside = this.inside;
    for (let i = this.at; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const b = BRACKET[code]!;
      if (b > 0) {
        depth[b - 1]!++;
        inside++;
      } else if (b < 0 && depth[-1 - b]! > 0) {
        depth[-1 - b]!--;
        inside--;
      } else if (inside === 0 && includesCode(chars, code)) {
        this.inside = inside;
        this.at = i + 1;
        return i;
      }
    }
    this.inside = inside;
    this.at = text.length;
    return -1;
  }
}

/** Index of the last of `chars` outside brackets in `text`, or -1. */
export function lastOutside(text: string, chars: string): number {
  const scan = new OutsideScan(text, 0);
  let last = -1;
  for (let i = scan.next(chars); i !== -1; i = scan.next(chars)) last = i;
  return last;
}

/** Split at any of `separators` that stands outside brackets; parts trimmed, empty parts left out. */
export function splitOutsideBrackets(text: string, separators: string): string[] {
  const parts: string[] = [];
  const scan = new OutsideScan(text, 0);
  let start = 0;
  for (let i = scan.next(separators); i !== -1; i = scan.next(separators)) {
    parts.push(text.slice(start, i));
    start = i + 1;
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** Sentences as printed, each with its closing 。 (brackets respected); a trailing rest too. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const scan = new OutsideScan(text, 0);
  let start = 0;
  for (let i = scan.next('。'); i !== -1; i = scan.next('。')) {
    out.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (text.slice(start).trim()) out.push(text.slice(start));
  return out.map((x) => x.trim()).filter(Boolean);
}

/** Index of the first of `enders` (default 。) outside brackets from `from`, or -1. */
export function sentenceEnd(text: string, from = 0, enders = '。'): number {
  // Before the text (from < 0) charAt gave '', which includes() finds: the scan stopped at once.
  if (from < 0) return from;
  return new OutsideScan(text, from).next(enders);
}

/** Where a line was read, for warnings and `at` fields. */
export function sourceRef(line: LayoutLine | undefined): SourceRef | undefined {
  if (!line) return undefined;
  return line.page === undefined ? { line: line.line } : { line: line.line, page: line.page };
}

/** Lines joined (see joinTexts), remembering where each line starts in the text. */
export interface JoinedLines {
  text: string;
  starts: number[];
  lines: readonly LayoutLine[];
}

export function joinWithOffsets(lines: readonly LayoutLine[]): JoinedLines {
  const run = newRun();
  const starts = lines.map((line) => addLine(run, line.text));
  return { text: runText(run), starts, lines };
}

/** The line that holds `offset` of a joined text. */
export function lineAt(joined: JoinedLines, offset: number): LayoutLine | undefined {
  let lo = 0;
  let hi = joined.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((joined.starts[mid] ?? 0) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found === -1 ? joined.lines[0] : joined.lines[found];
}
