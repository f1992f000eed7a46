// One 绩效目标表 read as far as it can be without the rest of the document: header fields, the
// column header, the body split into rows, and its merged labels with their levels. Which rows
// each label covers is decided in index.ts, across all tables of the document.
import { matchKey } from '../../ingest/index.js';
import type { LayoutLine } from '../../model/layout.js';
import type { ParseWarning } from '../../model/parse-warning.js';
import type { PerformanceTarget } from '../../model/performance.js';
import {
  DEFAULT_COLUMNS,
  findColumnHeader,
  slotsOf,
  type ColumnId,
  type HeaderMemo,
  type Slot,
} from './columns.js';
import { levelEvents, rowTops, type EventsResult } from './events.js';
import { parseHeader, type Header, type HeaderProblem } from './header.js';
import { knownLabel } from './labels.js';
import { tokenize, type Piece } from './pieces.js';
import { splitRows, type Row } from './rows.js';

export interface TableDraft {
  header: Header;
  at?: { line: number; page?: number };
  /** "unit「project」", for messages. */
  where: string;
  columns: readonly ColumnId[];
  slots: readonly Slot[];
  pieces: Piece[];
  rows: Row[];
  labels: EventsResult;
  /** PDF: each row's first baseline (see rowTops). */
  tops?: readonly number[];
}

const DEPARTMENT_TITLE = /部门整体|整体支出/;
/** The `table` of this parser's warnings. */
export const TABLE = '绩效目标表';

export function sourceRef(
  line: LayoutLine | undefined,
): { line: number; page?: number } | undefined {
  if (!line) return undefined;
  return line.page ? { line: line.line, page: line.page } : { line: line.line };
}

export function readTable(
  lines: readonly LayoutLine[],
  previousColumns: readonly ColumnId[] | undefined,
  warnings: ParseWarning[],
  headers?: HeaderMemo,
): TableDraft {
  const title = lines[0];
  const kind: PerformanceTarget['kind'] = DEPARTMENT_TITLE.test(matchKey(title?.text ?? ''))
    ? 'department'
    : 'project';
  const found = findColumnHeader(lines, 1, headers);
  const bodyStart = found?.end ?? firstLabelLine(lines);
  const headerEnd = found?.start ?? bodyStart;
  const problems: HeaderProblem[] = [];
  const header = parseHeader(kind, lines.slice(1, headerEnd), problems);
  const titleName = kind === 'department' ? '部门整体绩效目标表' : '项目支出绩效目标表';
  const where = `${header.unit ?? '(预算单位?)'}「${header.project ?? titleName}」`;
  for (const p of problems)
    warnings.push({
      code: 'field-unplaced',
      message: `${where}: ${p.message}`,
      table: TABLE,
      ...optionalAt(p.line),
    });
  const columns = found?.columns ?? previousColumns ?? DEFAULT_COLUMNS;
  if (!found && bodyStart < lines.length)
    warnings.push({
      code: 'indicator-unparsed',
      message: `${where}: no column header (一级指标 二级指标 三级指标 …) found; read the rows with the columns ${columns.join(', ')}`,
      table: TABLE,
      ...optionalAt(lines[bodyStart]),
    });
  const tokens = tokenize(lines.slice(bodyStart));
  const pieces: Piece[] = [];
  for (const token of tokens) if (token.kind === 'piece') pieces.push(token);
  const slots = slotsOf(columns);
  const { rows, strays } = splitRows(pieces, slots);
  const tops = rowTops(pieces, rows);
  const labels = levelEvents(tokens, pieces.length, rows, strays, tops);
  if (rows.length === 0)
    warnings.push({
      code: 'input-truncated',
      message: `${where}: no indicator rows found`,
      table: TABLE,
      ...optionalAt(lines[lines.length - 1]),
    });
  const at = sourceRef(title);
  return {
    header,
    ...(at ? { at } : {}),
    where,
    columns,
    slots,
    pieces,
    rows,
    labels,
    ...(tops ? { tops } : {}),
  };
}

/** Without a column header, the body starts at the first line that begins with a known label. */
function firstLabelLine(lines: readonly LayoutLine[]): number {
  for (let i = 1; i < lines.length; i++) {
    const first = (lines[i] as LayoutLine).text.trim().split(/\s+/)[0] ?? '';
    if (knownLabel(first)) return i;
  }
  return lines.length;
}

export function optionalAt(line: LayoutLine | undefined): { at?: { line: number; page?: number } } {
  const at = sourceRef(line);
  return at ? { at } : {};
}
