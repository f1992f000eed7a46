// Rows of tables keyed by classification codes (功能分类, 经济分类) and, in the 项目支出 and 结转
// tables, by unit and project. Extraction wraps every cell: a row is its code, then name
// fragments over several lines, then its numbers; the numbers close the row (they are the
// rightmost cells). A name fragment that arrives after its row closed (seed 000 表7: "相关机构事务
// 支出" after a page break) completes that row when it completes the code's catalog name.
import { matchKey } from '../../ingest/normalize.js';
import type { LayoutLine } from '../../model/layout.js';
import type { ParseWarning } from '../../model/parse-warning.js';
import type { RowKey } from '../../model/specs/index.js';
import { lookupCode, normalizeNameKey, type CodeSystem } from '../../model/catalog/index.js';
import { headerEnd, isRepeatedHeaderStart } from './header.js';
import { joinFragments, levelOf, type RawRow } from './raw-row.js';
import { splitCodeName } from './name-split.js';
import { codeOfNamePath } from './name-path.js';
import {
  amountCenters,
  codeDigitsAsAmounts,
  isNumbersOnly,
  tokenize,
  type LineTokens,
} from './tokens.js';

export interface CodedRowsContext {
  readonly rowKey: RowKey;
  readonly year?: number;
  /** Names of budget units known from elsewhere in the document (概况, 项目支出表). */
  readonly knownUnits: readonly string[];
  readonly table: string;
  /** Header texts of the table (column labels and the generic ones), as match keys. */
  readonly headerWords?: HeaderWords;
}

/** Match keys of header texts (only asked whether it holds a key). */
export interface HeaderWords {
  has(key: string): boolean;
}

// A column header printed again on a continuation page without its 编制部门 line (上海): a line
// with no number and no code in which this many words are header texts.
const REPEATED_HEADER_MIN_WORDS = 2;

interface Pending {
  digits: string[];
  code?: string;
  parts: string[];
  amounts: number[];
  amountX?: number[] | undefined;
  total: boolean;
  line: LayoutLine;
}

const TOTAL_LABEL = /^(总计|合计)$/;
const EMPTY_STATEMENT = /为空表|无数据|没有.{0,30}(支出|收入|经费)/;
// Letters a note or an empty statement holds; matchKey adds none, so lines without them (most)
// are not keyed.
const NOTE_LETTERS = /[注空无没]/;
const NOTE_START = /^(备注|注)[：:]/;

function isNote(text: string): boolean {
  if (!NOTE_LETTERS.test(text)) return false;
  const key = matchKey(text);
  return NOTE_START.test(key) || EMPTY_STATEMENT.test(key);
}

export function readCodedRows(
  lines: readonly LayoutLine[],
  ctx: CodedRowsContext,
): { rows: RawRow[]; notes: string[]; warnings: ParseWarning[] } {
  const system: CodeSystem = ctx.rowKey === 'economic' ? 'economic' : 'function';
  const rows: RawRow[] = [];
  const notes: string[] = [];
  const warnings: ParseWarning[] = [];
  let pending: Pending | undefined;
  // The last 类 and 款 codes read, each while no shorter code has come since (a 2-digit code
  // resolves under them).
  let lastClass: string | undefined;
  let lastKuan: string | undefined;
  let unit: string | undefined;
  let incomplete: { row: RawRow; rest: string } | undefined;
  let inNote = false;
  // The tokens startsName read of the line after a digits-only line, for that line's own turn.
  let ahead: { line: LayoutLine; tokens: LineTokens } | undefined;
  const tokensAhead = (next: LayoutLine | undefined): LineTokens | undefined => {
    if (!next) return undefined;
    ahead = { line: next, tokens: tokenize(next.text) };
    return ahead.tokens;
  };

  const resolveDigits = (digits: readonly string[], name: string): string | undefined => {
    const joined = digits.join('');
    if (digits.length > 1 || joined.length !== 2) return joined;
    // "03" alone (seed 004 表二): a 款 under the last 类, or a 项 under the last 款.
    const cls = lastClass;
    const kuan = lastKuan;
    const options = [cls && `${cls}${joined}`, kuan && `${kuan}${joined}`].filter(
      (c): c is string => !!c,
    );
    let key: string | undefined; // the printed name's, made once and only when needed
    const byName = options.find((c) => {
      const e = lookupCode(system, c, ctx.year);
      return e && normalizeNameKey(e.name) === (key ??= normalizeNameKey(name));
    });
    return byName ?? options[0];
  };

  const close = (p: Pending): void => {
    // One fragment (most rows) joins to itself trimmed: no run of pieces is made for it.
    const text = p.parts.length === 1 ? p.parts[0]!.trim() : joinFragments(p.parts);
    incomplete = undefined;
    const row = finishRow(p, text);
    rows.push(row);
    if (row.code) {
      const length = row.code.length;
      if (length <= 3) lastClass = length === 3 ? row.code : undefined;
      if (length <= 5) lastKuan = length === 5 ? row.code : undefined;
    }
  };

  // Rows are built field by field (a spread per row was a visible share of reading a table).
  const finishRow = (p: Pending, text: string): RawRow => {
    const page = p.line.page;
    const row: RawRow = { kind: 'total', name: text, amounts: p.amounts, line: p.line.line };
    if (page) row.page = page;
    if (p.amountX?.length === p.amounts.length) row.amountX = p.amountX;
    if (p.total) return row;
    const code = p.digits.length ? resolveDigits(p.digits, text) : undefined;
    if (!code) {
      if (ctx.rowKey === 'unit-project' && unit && !isUnitName(text, ctx.knownUnits)) {
        row.kind = 'project';
        row.unit = unit;
        row.project = text;
        return row;
      }
      unit = text;
      row.kind = 'unit';
      return row;
    }
    const level = levelOf(code);
    if (unit && ctx.rowKey !== 'function' && ctx.rowKey !== 'economic') row.unit = unit;
    row.code = code;
    row.level = level;
    if (ctx.rowKey === 'unit-function-project' && level === '项') {
      const split = splitCodeName(system, code, text, ctx.year);
      row.kind = 'project';
      row.name = split.name;
      if (split.project) row.project = split.project;
      if (split.rest) incomplete = { row, rest: split.rest };
      return row;
    }
    row.kind = 'code';
    return row;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as LayoutLine;
    if (isRepeatedHeaderStart(line)) {
      i = headerEnd(lines, i + 1) - 1;
      continue;
    }
    if (isNote(line.text)) {
      notes.push(line.text.trim());
      inNote = true;
      continue;
    }
    const t = ahead?.line === line ? ahead.tokens : tokenize(line.text);
    ahead = undefined;
    if (!pending && ctx.headerWords && isHeaderRepeat(t, ctx.headerWords)) continue;
    // A note wraps like prose ("…情况表为\n空表。", seed 004 表九): its lines carry no numbers.
    if (inNote && !pending && t.codeDigits.length === 0 && t.amounts.length === 0) {
      notes[notes.length - 1] = joinFragments([notes[notes.length - 1]!, t.text]);
      continue;
    }
    inNote = false;
    if (isNumbersOnly(t)) {
      const digitsAreCode =
        t.codeDigits.length > 0 && t.amounts.length === 0 && startsName(tokensAhead(lines[i + 1]));
      if (!digitsAreCode) {
        const values = [...codeDigitsAsAmounts(t), ...t.amounts];
        if (pending && pending.amounts.length === 0) {
          pending.amounts = values;
          pending.amountX = amountCenters(line, values.length);
          close(pending);
          pending = undefined;
        } else {
          warnings.push(unplacedLine(ctx.table, line, 'numbers with no row to belong to'));
        }
        continue;
      }
    }

    // A wrapped name's rest on a line of its own (the PDF reader marks it `continues`; 万里 p.12
    // "机关事业单位基本养老保险缴费支" / "出") ends the name of the row above.
    const last = rows[rows.length - 1];
    if (line.continues && !pending && last && t.amounts.length === 0 && t.codeDigits.length === 0) {
      last.name = joinFragments([last.name, t.text]);
      continue;
    }
    // matchKey drops spaces and folds brackets only: 总计/合计 print in three letters at most
    // ("合 计"), so longer texts (nearly every line) are not keyed.
    const isTotal = t.text.length <= 3 && TOTAL_LABEL.test(matchKey(t.text));
    const path =
      t.codeDigits.length === 0 && !isTotal && !pending
        ? codeOfNamePath(system, t.text, ctx.year)
        : undefined;
    if (t.codeDigits.length > 0 || isTotal || path) {
      if (pending) close(pending);
      pending = {
        digits: path ? [path.code] : t.codeDigits,
        parts: [path ? path.name : t.text],
        amounts: t.amounts,
        amountX: amountCenters(line, t.amounts.length),
        total: isTotal,
        line,
      };
    } else if (pending && pending.amounts.length === 0) {
      pending.parts.push(t.text);
      pending.amounts = t.amounts;
      pending.amountX = amountCenters(line, t.amounts.length);
    } else if (
      !pending &&
      incomplete &&
      t.amounts.length === 0 &&
      completes(incomplete.rest, t.text)
    ) {
      incomplete.row.name = joinFragments([incomplete.row.name, t.text]);
      incomplete = undefined;
      continue;
    } else {
      if (pending) close(pending);
      pending = {
        digits: [],
        parts: [t.text],
        amounts: t.amounts,
        amountX: amountCenters(line, t.amounts.length),
        total: false,
        line,
      };
    }
    if (pending && pending.amounts.length > 0) {
      close(pending);
      pending = undefined;
    }
  }
  if (pending) {
    if (pending.amounts.length === 0 && pending.digits.length === 0 && !pending.total) {
      warnings.push(unplacedLine(ctx.table, pending.line, 'text with no numbers after it'));
      notes.push(joinFragments(pending.parts));
    } else close(pending);
  }
  return { rows, notes, warnings };
}

function isHeaderRepeat(t: LineTokens, words: HeaderWords): boolean {
  if (t.amounts.length > 0 || t.codeDigits.length > 0) return false;
  let n = 0;
  for (const w of t.textTokens) if (words.has(matchKey(w))) n++;
  return n >= REPEATED_HEADER_MIN_WORDS || (t.textTokens.length > 0 && n === t.textTokens.length);
}

/** The next line carries a name (so a digits-only line before it is a code). */
function startsName(next: LineTokens | undefined): boolean {
  if (!next) return false;
  return next.codeDigits.length === 0 && next.text !== '';
}

function completes(rest: string, fragment: string): boolean {
  const r = normalizeNameKey(rest);
  const f = normalizeNameKey(fragment);
  return f.length > 0 && r.startsWith(f);
}

function isUnitName(name: string, known: readonly string[]): boolean {
  const key = normalizeNameKey(name);
  return /本级/.test(name) || known.some((u) => normalizeNameKey(u) === key);
}

function unplacedLine(table: string, line: LayoutLine, why: string): ParseWarning {
  return {
    code: 'row-unrecognised',
    message: `${why}: "${line.text.trim()}"`,
    table,
    at: { line: line.line, ...(line.page ? { page: line.page } : {}) },
  };
}
