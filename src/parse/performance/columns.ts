// The column header of a 绩效目标表. Its cells are shredded over many lines ("一级\n指标",
// "指标\n分值\n权重", seed 000), so the lines are joined and read as a sequence of known column
// names; the header ends at the last line after which the joined text is whole names.
import { matchKey } from '../../ingest/index.js';
import type { LayoutLine } from '../../model/layout.js';

export type ColumnId =
  'level1' | 'level2' | 'name' | 'value' | 'basis' | 'lastYear' | 'weight' | 'scoring' | 'evidence';

/** The columns a row's cells fill in order (the 一级/二级 labels are merged cells, read apart). */
export type Slot = Exclude<ColumnId, 'level1' | 'level2'>;

const HEADER_NAMES: readonly (readonly [string, ColumnId])[] = [
  ['一级指标', 'level1'],
  ['二级指标', 'level2'],
  ['三级指标', 'name'],
  ['指标名称', 'name'],
  ['年度指标值', 'value'],
  // 上海 财政项目支出绩效目标填报表 (万里街道 2023 p.31): "年度(/项目)指标值", key form.
  ['年度（/项目）指标值', 'value'],
  ['项目指标值', 'value'],
  ['指标值', 'value'],
  ['目标值', 'value'],
  ['指标值设置依据', 'basis'],
  ['指标值设定依据', 'basis'],
  ['指标设定依据', 'basis'],
  ['指标设置依据', 'basis'],
  ['设定依据', 'basis'],
  ['上年完成值', 'lastYear'],
  ['上年实际完成值', 'lastYear'],
  ['指标分值权重', 'weight'],
  ['分值权重', 'weight'],
  ['指标权重', 'weight'],
  ['权重', 'weight'],
  ['分值', 'weight'],
  ['指标赋分规则', 'scoring'],
  ['赋分规则', 'scoring'],
  ['评分规则', 'scoring'],
  ['佐证资料', 'evidence'],
  ['佐证材料', 'evidence'],
];
// Longest first, so "指标值设置依据" wins over "指标值"; by first letter, to try only those.
const BY_LENGTH = [...HEADER_NAMES].sort((a, b) => b[0].length - a[0].length);
const BY_FIRST = new Map<string, (typeof BY_LENGTH)[number][]>();
for (const entry of BY_LENGTH) {
  const first = entry[0].charAt(0);
  BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), entry]);
}
/** BY_FIRST by the first letter's code. */
const BY_FIRST_CODE = new Map<number, (typeof BY_LENGTH)[number][]>();
for (const [first, entries] of BY_FIRST) BY_FIRST_CODE.set(first.charCodeAt(0), entries);
// A remark in brackets after a name: "指标值（包含数字及文字描述）".
const REMARK = /（[^（）]{1,20}）/y;
const REMARK_OPEN = '（';
/** 1 at the letters of the names. */
const NAME_LETTER = new Uint8Array(0x10000);
for (const [name] of HEADER_NAMES)
  for (let i = 0; i < name.length; i++) NAME_LETTER[name.charCodeAt(i)] = 1;
const HEADER_START = /^\s*[一二三]/;
/** A header has at least the 三级指标 and 指标值 columns. */
const REQUIRED: readonly ColumnId[] = ['name', 'value'];
// The header is a few lines, even shredded (seed 000: 17); stop looking past this many.
const MAX_HEADER_LINES = 40;

/** How the text from one position reads: its first name and where the rest starts, or an
 * unfinished name (`rest`), or nothing left (`id` undefined, `rest` ''). */
interface Reading {
  id?: ColumnId;
  next: number;
  rest: string;
}

const DONE: Reading = { next: -1, rest: '' };

/** Read `key` as column names; `rest` is an unfinished name at the end (or '' when whole). */
function readNames(key: string): { columns: ColumnId[]; rest: string } | undefined {
  if (holdsForeignLetter(key)) return undefined;
  // Memoised by position: "指标值" + "指标值设置依" must not read as 指标值 指标值 + "设置依".
  const n = key.length;
  const at: (Reading | undefined)[] = new Array<Reading | undefined>(n + 1);
  const seen = new Uint8Array(n + 1);
  const from = (p: number): Reading | undefined => {
    if (p >= n) return DONE;
    if (seen[p] === 1) return at[p];
    const candidates = BY_FIRST_CODE.get(key.charCodeAt(p));
    let found: Reading | undefined;
    if (candidates)
      for (const [name, id] of candidates) {
        if (!key.startsWith(name, p)) continue;
        let next = p + name.length;
        REMARK.lastIndex = next;
        if (REMARK.test(key)) next = REMARK.lastIndex;
        const after = from(next);
        if (after && (!found || (found.rest !== '' && after.rest === ''))) {
          found = { id, next, rest: after.rest };
          if (after.rest === '') break;
        }
      }
    const result = found ?? (candidates && partialAt(key, p, candidates));
    seen[p] = 1;
    at[p] = result;
    return result;
  };
  const first = from(0);
  if (!first) return undefined;
  const columns: ColumnId[] = [];
  for (let r: Reading | undefined = first; r?.id !== undefined; r = from(r.next))
    columns.push(r.id);
  return { columns, rest: first.rest };
}

/**
 * Without a remark every letter of the key is a letter of a name (or of the start of one), so a
 * key without one that holds any other letter reads as no names: the first body line, mostly.
 */
function holdsForeignLetter(key: string): boolean {
  if (key.includes(REMARK_OPEN)) return false;
  for (let i = 0; i < key.length; i++) if (NAME_LETTER[key.charCodeAt(i)] !== 1) return true;
  return false;
}

/** The text from p is the start of a longer name. */
function partialAt(
  key: string,
  p: number,
  candidates: readonly (typeof BY_LENGTH)[number][],
): Reading | undefined {
  const left = key.length - p;
  let tail: string | undefined;
  for (const [name] of candidates) {
    if (name.length <= left) continue;
    tail ??= key.slice(p);
    if (name.startsWith(tail)) return { next: -1, rest: tail };
  }
  return undefined;
}

export interface ColumnHeader {
  columns: ColumnId[];
  /** Index of the first header line and of the first line after it. */
  start: number;
  end: number;
}

/**
 * Where the last column header read in a document stood after its lines before the first body
 * line: the tables of one document mostly print the same header, shredded over many lines, and
 * readHeaderFrom's state after some lines depends only on their texts, so a table whose lines
 * start alike resumes from there. Lives as long as one document's parse.
 */
export class HeaderMemo {
  private texts: readonly string[] = [];
  private joined = '';
  /** The header read so far: its columns and line count. */
  private best: { columns: readonly ColumnId[]; count: number } | undefined;

  /** The state after the kept lines when `lines` from `start` begin with them. */
  resume(lines: readonly LayoutLine[], start: number): HeaderState | undefined {
    const { texts, best } = this;
    if (texts.length === 0 || start + texts.length > lines.length) return undefined;
    for (let k = 0; k < texts.length; k++)
      if ((lines[start + k] as LayoutLine).text !== texts[k]) return undefined;
    return {
      read: texts.length,
      joined: this.joined,
      ...(best ? { best: { columns: [...best.columns], start, end: start + best.count } } : {}),
    };
  }

  keep(lines: readonly LayoutLine[], start: number, state: HeaderState): void {
    this.texts = lines.slice(start, start + state.read).map((l) => l.text);
    this.joined = state.joined;
    const { best } = state;
    this.best = best && { columns: [...best.columns], count: best.end - best.start };
  }
}

/** readHeaderFrom's state: lines read, their joined keys, the best header they read as. */
interface HeaderState {
  read: number;
  joined: string;
  best?: ColumnHeader;
}

/** Find the column header: a line starting with 一级 (or 三级/二级 when there is no 一级). */
export function findColumnHeader(
  lines: readonly LayoutLine[],
  from = 0,
  memo?: HeaderMemo,
): ColumnHeader | undefined {
  for (let i = from; i < lines.length; i++) {
    const text = (lines[i] as LayoutLine).text;
    // (The key starts with the first letter that is not a space: a quick no for most lines.)
    if (!HEADER_START.test(text) || !/^(一级|二级|三级)/.test(matchKey(text))) continue;
    const header = readHeaderFrom(lines, i, memo);
    if (header) return header;
  }
  return undefined;
}

function readHeaderFrom(
  lines: readonly LayoutLine[],
  start: number,
  memo: HeaderMemo | undefined,
): ColumnHeader | undefined {
  const resumed = memo?.resume(lines, start);
  let joined = resumed?.joined ?? '';
  let best = resumed?.best;
  let i = start + (resumed?.read ?? 0);
  for (; i < lines.length && i < start + MAX_HEADER_LINES; i++) {
    const lineKey = matchKey((lines[i] as LayoutLine).text);
    // The joined key read as names so far, so a line holding a letter of no name reads as none
    // with it too, unless a remark may hide it: the first body line (mostly) stops the header
    // without the whole key joined and read again.
    if (!joined.includes(REMARK_OPEN) && holdsForeignLetter(lineKey)) break;
    const key = joined + lineKey;
    const read = readNames(key);
    if (!read) break;
    joined = key;
    if (read.rest === '' && new Set(read.columns).size === read.columns.length)
      best = { columns: read.columns, start, end: i + 1 };
  }
  memo?.keep(lines, start, { read: i - start, joined, ...(best ? { best } : {}) });
  if (!best || !REQUIRED.every((c) => best.columns.includes(c))) return undefined;
  return best;
}

export function slotsOf(columns: readonly ColumnId[]): Slot[] {
  return columns.filter((c): c is Slot => c !== 'level1' && c !== 'level2');
}

/** The 4 columns of the 2021 template, when a table's header is lost. */
export const DEFAULT_COLUMNS: readonly ColumnId[] = ['level1', 'level2', 'name', 'value'];
