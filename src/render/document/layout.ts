// The document layout: what every output format shows, in order, built once from a Disclosure
// (build.ts). Each renderer only decides how a block looks, never what it says, so HTML, PDF,
// XLSX, DOCX and text carry the same content in the same order.
import type { Amount } from '../../model/money.js';

/** A header cell of a table, placed on the header grid (0-based row and column). */
export interface HeaderCell {
  readonly text: string;
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
}

/** What a column holds: a code part (类/款/项), a name, or amounts. */
export type ColumnRole = 'code' | 'name' | 'amount';

export interface DocColumn {
  readonly role: ColumnRole;
  /** Relative width (a code column is 1; renderers scale to the page). */
  readonly weight: number;
}

export interface BodyCell {
  readonly text: string;
  /** Set for amount cells: the value as a number (workbooks store numbers, not text). */
  readonly amount?: Amount;
}

export interface BodyRow {
  /** total rows print bold; unit rows head their group; indent nests names (类 0, 款 1, 项 2). */
  readonly kind: 'total' | 'unit' | 'code' | 'project' | 'item';
  readonly indent: number;
  /** One entry per column; null for a blank cell. */
  readonly cells: readonly (BodyCell | null)[];
  /**
   * Numbers the source could not place in a column, printed after the row's cells (the text
   * format) or in the first free candidate column (formats with positions; see build-table.ts).
   */
  readonly loose?: readonly BodyCell[];
}

export interface DocTable {
  /** 表1, 表一. */
  readonly number?: string;
  readonly title: string;
  /** 编制部门 line. */
  readonly department?: string;
  readonly unit: string;
  readonly columns: readonly DocColumn[];
  readonly header: readonly HeaderCell[];
  readonly headerRows: number;
  /** The column-numbering row of the official templates: ※ under codes and names, 1 2 3 … */
  readonly numbering: readonly string[];
  readonly body: readonly BodyRow[];
  /** For a table published empty: the statement printed in its place. */
  readonly emptyStatement?: string;
  readonly notes: readonly string[];
  /** Many columns: print on a landscape page. */
  readonly wide: boolean;
  /** A 绩效目标表 of the 情况说明 (no number, unit or 编制部门; its heading precedes it). */
  readonly performance?: true;
}

export type DocBlock =
  /** level 0: the document title; 1: a part (第一部分); 2: a section (一、); 3: a subsection. */
  | { readonly kind: 'heading'; readonly level: 0 | 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly align?: 'right' | 'center' }
  | { readonly kind: 'table'; readonly table: DocTable }
  | { readonly kind: 'page-break' };

export interface DocLayout {
  readonly title: string;
  readonly subtitle: string;
  /** Table of contents: the part and table headings in order. */
  readonly contents: readonly string[];
  readonly blocks: readonly DocBlock[];
}
