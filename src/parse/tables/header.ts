// The header of a printed table: the 编制部门/单位 line, the column headers (shredded across lines
// by extraction: "一般公共\n预算"), and where the data rows begin. Headers repeat on every page a
// table continues on; the same rule finds and drops them.
import { matchKey, quoteFreeKey, withoutQuotes } from '../../ingest/normalize.js';
import type { AmountUnit } from '../../model/money.js';
import type { LayoutLine } from '../../model/layout.js';
import { flattenColumns, type TableLayout, type TableSpec } from '../../model/specs/index.js';
import { firstCode, includesCode } from '../text/prose.js';
import { tokenize } from './tokens.js';

const DEPARTMENT_LINE = /^(编制部门|编制单位|部门名称|单位名称)[：:]/;
const UNIT = /单位[：:]\s*(万元|元)/;
/** The column-numbering line of the national templates: "※ ※ ※ 1 2 3". */
const NUMBERING = /^[※\s\d栏次]+$/;
const CODE_HEADER = /类款项?$/;
const DIGIT = /[0-9]/;
const MID_LINE_CLASS = /\s2\d\d\s+\S/;
const TOTAL_START = /^(总计|合计)/;

export interface HeaderInfo {
  department?: string;
  unit?: AmountUnit;
  /** Header text (column labels) with whitespace removed. */
  text: string;
  /** Number of value columns stated by a numbering line, if any. */
  numberedColumns?: number;
}

/** Does this line start a data row (amounts, a code with a name, a total)? */
function isDataLine(line: LayoutLine): boolean {
  // Each test below needs a digit (an amount, a code); header lines mostly have none.
  if (!DIGIT.test(line.text)) return false;
  const t = tokenize(line.text);
  if (t.amounts.some((a) => a !== 0) && !NUMBERING.test(line.text)) return true;
  if (t.codeDigits.length > 0 && t.codeDigits[0]?.length !== 2 && t.text !== '') return true;
  // A two-sided row: "… 201 一般公共服务支出" with the code mid-line.
  if (MID_LINE_CLASS.test(line.text)) return true;
  // 合计 alone is also a header cell (项目支出\n合计); a total row carries its numbers.
  return TOTAL_START.test(matchKey(line.text)) && t.amounts.length > 0;
}

/**
 * Split the lines after a title (or after a repeated 编制部门 line) into header and data: the
 * header ends at a numbering line, else at a 类款项 line, else just before the first data line.
 * Returns the index of the first data line.
 */
export function headerEnd(lines: readonly LayoutLine[], from: number): number {
  return splitHeader(lines, from).end;
}

/**
 * headerEnd, with the match keys of the lines it read (lines from..end and some after): the
 * first header of a table is read again by readHeader, which needs the same keys.
 */
export function splitHeader(
  lines: readonly LayoutLine[],
  from: number,
): { end: number; keys: readonly string[] } {
  let firstData = lines.length;
  for (let i = from; i < lines.length; i++) {
    if (isDataLine(lines[i] as LayoutLine)) {
      firstData = i;
      break;
    }
  }
  let end = from;
  // Each header line's key once, for both rules below.
  const keys: string[] = [];
  for (let i = from; i < firstData; i++) {
    const key = matchKey((lines[i] as LayoutLine).text);
    keys.push(key);
    if (key.includes('※') && NUMBERING.test(key)) end = i + 1;
  }
  if (end > from) return { end, keys };
  for (let i = from; i < firstData; i++) {
    if (CODE_HEADER.test(keys[i - from]!)) end = i + 1;
  }
  return { end: end > from ? end : firstData, keys };
}

export function isRepeatedHeaderStart(line: LayoutLine): boolean {
  // Asked of every data line: most are told apart by their first letter.
  const text = line.text;
  if (!includesCode(HEADER_START_LETTERS, firstCode(text))) return false;
  return /^\s*(编制|部门名称|单位名称)/.test(text) && DEPARTMENT_LINE.test(matchKey(text));
}

const HEADER_START_LETTERS = '编部单';

/**
 * The header's department, unit, label text and column count. `keys[i]`, when given, is
 * matchKey(lines[i].text) already made (matchKey drops every space trim would).
 */
export function readHeader(
  lines: readonly LayoutLine[],
  keys: readonly (string | undefined)[] = [],
): HeaderInfo {
  let department: string | undefined;
  let unit: AmountUnit | undefined;
  let numberedColumns: number | undefined;
  const parts: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text.trim();
    const u = UNIT.exec(text);
    if (u) unit = u[1] as AmountUnit;
    const key = keys[i] ?? matchKey(text);
    if (DEPARTMENT_LINE.test(key)) {
      department = text
        .replace(/^(编制部门|编制单位|部门名称|单位名称)\s*[：:]\s*/, '')
        .replace(/\s*(金额)?单位[：:].*$/, '')
        .trim();
      continue;
    }
    if (key.includes('※') && NUMBERING.test(key)) {
      numberedColumns = (text.match(/\b\d+\b/g) ?? []).length;
      continue;
    }
    parts.push(key);
  }
  // Built field by field, in this order (an object of spreads cost more than the loop above).
  const info = (department ? { department } : {}) as HeaderInfo;
  if (unit) info.unit = unit;
  info.text = parts.join('');
  if (numberedColumns !== undefined) info.numberedColumns = numberedColumns;
  return info;
}

/** Labels a layout shows in its header: its columns, or its items when printed as columns. */
function headerLabels(layout: TableLayout): (readonly string[])[] {
  const out: (readonly string[])[] = [];
  for (const block of layout.blocks) {
    if (layout.orientation === 'items-as-columns') {
      for (const item of block.items ?? []) out.push([item.label, ...(item.aliases ?? [])]);
    } else if (layout.orientation === 'item-groups-as-columns') {
      // Item groups over sub-columns (决算 三公): both are header labels.
      for (const item of block.items ?? []) out.push([item.label, ...(item.aliases ?? [])]);
      for (const c of flattenColumns(block.columns)) out.push([c.label, ...c.aliases]);
    } else {
      for (const c of flattenColumns(block.columns)) out.push([c.label, ...c.aliases]);
    }
  }
  return out;
}

/** headerLabels as match keys without quotes, as chooseLayout compares them with the header. */
function labelKeys(layout: TableLayout): (readonly string[])[] {
  return headerLabels(layout).map((names) => names.map(quoteFreeKey));
}

function valueColumnCount(layout: TableLayout): number {
  const block = layout.blocks[0];
  if (!block) return 0;
  if (layout.orientation === 'items-as-columns') return block.items?.length ?? 0;
  return flattenColumns(block.columns).length;
}

/** A layout as chooseLayout scores it: its labels and row items as ids of its spec's keys. */
interface LayoutKeys {
  readonly layout: TableLayout;
  /** Each column label's keys (its label and aliases). */
  readonly labels: readonly (readonly number[])[];
  /** Each row item's keys (rowItemKeys). */
  readonly items: readonly (readonly number[])[];
  readonly valueColumns: number;
}

/** A spec's layouts, with every key they name listed once (layouts of a kind share most). */
interface SpecKeys {
  readonly keys: readonly string[];
  readonly layouts: readonly LayoutKeys[];
}

// Specs never change: each spec's keys are made once.
const SPEC_KEYS = new WeakMap<TableSpec, SpecKeys>();

function specKeys(spec: TableSpec): SpecKeys {
  let known = SPEC_KEYS.get(spec);
  if (!known) {
    const keys: string[] = [];
    const ids = new Map<string, number>();
    const idsOf = (group: readonly string[]): number[] =>
      group.map((key) => {
        let id = ids.get(key);
        if (id === undefined) {
          ids.set(key, (id = keys.length));
          keys.push(key);
        }
        return id;
      });
    const layouts = spec.layouts.map((layout) => ({
      layout,
      labels: labelKeys(layout).map(idsOf),
      items: rowItemKeys(layout).map(idsOf),
      valueColumns: valueColumnCount(layout),
    }));
    SPEC_KEYS.set(spec, (known = { keys, layouts }));
  }
  return known;
}

/**
 * Choose the layout whose column labels the header shows: most labels found, fewest missing;
 * a stated column count breaks ties. Falls back to the preferred (profile) layout.
 */
export function chooseLayout(
  spec: TableSpec,
  header: HeaderInfo,
  preferred?: string,
  body?: readonly LayoutLine[],
): TableLayout {
  // One layout: nothing to choose (the scores below only compare layouts).
  if (spec.layouts.length === 1) return spec.layouts[0] as TableLayout;
  const text = withoutQuotes(header.text);
  const { keys, layouts } = specKeys(spec);
  // Keyed only when some layout names row items (the body is most of the table).
  let bodyText = '';
  let best: { layout: TableLayout; score: number } | undefined;
  // Each key is looked for once in the header and once in the body, whichever layouts name it.
  const inHeader = new Int8Array(keys.length);
  let inBody: Int8Array | undefined;
  for (const { layout, labels, items, valueColumns } of layouts) {
    const found = countFound(labels, keys, text, inHeader);
    // Items printed as rows are named in the body ("一、财政拨款收入" is 上海's, "一、本年收入" 新疆's).
    let score = found * 2 - labels.length;
    if (header.numberedColumns !== undefined)
      score += header.numberedColumns === valueColumns ? 3 : -3;
    if (layout.id === preferred) score += 0.5;
    // A layout that cannot beat the best so far even with every item named is not looked for in
    // the body (each item key missing from it is a search of the whole body). Scores are small
    // integers and halves: exact in any order of adding.
    if (best && score + items.length <= best.score) continue;
    if (items.length > 0 && !inBody) {
      if (body) bodyText = matchKey(body.map((l) => l.text).join(''));
      inBody = new Int8Array(keys.length);
    }
    if (inBody) score += countFound(items, keys, bodyText, inBody);
    if (!best || score > best.score) best = { layout, score };
  }
  return (best?.layout ?? spec.layouts[0]) as TableLayout;
}

/**
 * How many of the groups have a key the text contains. `seen[id]` remembers the answer for key
 * `id` (0 not asked yet, 1 contained, 2 not): layouts of a kind name the same keys.
 */
function countFound(
  groups: readonly (readonly number[])[],
  keys: readonly string[],
  text: string,
  seen: Int8Array,
): number {
  let found = 0;
  for (const group of groups) {
    for (const id of group) {
      if (seen[id] === 0) seen[id] = text.includes(keys[id]!) ? 1 : 2;
      if (seen[id] === 1) {
        found++;
        break;
      }
    }
  }
  return found;
}

/** Label keys of the items a layout prints as rows (its 合计/总计 aside, which all share). */
function rowItemKeys(layout: TableLayout): (readonly string[])[] {
  return layout.orientation === 'items-as-columns' ||
    layout.orientation === 'item-groups-as-columns'
    ? []
    : layout.blocks.flatMap((b) =>
        (b.items ?? [])
          .filter((i) => i.id !== 'total')
          .map((i) => [i.label, ...(i.aliases ?? [])].map(quoteFreeKey)),
      );
}
