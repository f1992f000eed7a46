// The shape of a table spec. Each standard table kind is declared once (one file per kind in this
// folder); the parser recognises and reads tables with it, the checker derives its arithmetic
// rules from it, the composer pivots line items into it and the renderer lays it out.
import type { AmountUnit } from '../money.js';
import type { TableKind } from '../table.js';

/**
 * A column, possibly with sub-columns. A column with children is their sum (合计 = 基本支出 +
 * 项目支出); that is the only column identity, so identities are never written twice. Printed
 * order is pre-order: a parent before its children.
 */
export interface ColumnNode {
  readonly id: string;
  /** Canonical header text. */
  readonly label: string;
  /** Other header texts for the same column, across regions and years. */
  readonly aliases?: readonly string[];
  readonly children?: readonly ColumnNode[];
}

/** A labelled line of a fixed list (收入 items of 收支总体, 三公 items). */
export interface ItemDef {
  readonly id: string;
  readonly label: string;
  readonly aliases?: readonly string[];
  /** The item this one is part of; the parent equals the sum of its children. */
  readonly parent?: string;
}

/** How a block's rows are keyed. */
export type RowKey =
  /** 功能分类 类/款/项 codes; a total row; optionally a unit row equal to the total. */
  | 'function'
  /** 功能分类 类 codes only (the 支出 side of 收支总体). */
  | 'function-class'
  /** 经济分类 类/款 codes and a total row. */
  | 'economic'
  /** Items of the spec's item list, matched by label. */
  | 'item'
  /** Total, then per budget unit its 功能分类 rows and its projects under 项 codes. */
  | 'unit-function-project'
  /** Total, then per budget unit its projects. */
  | 'unit-project';

export interface BlockLayout {
  readonly id: 'main' | 'income' | 'expenditure';
  readonly rowKey: RowKey;
  /** Root columns in printed order (usually one root: the total). */
  readonly columns: readonly ColumnNode[];
  /** For item blocks: the items this layout prints, in printed order. */
  readonly items?: readonly ItemDef[];
}

/** One printed form of a table kind. A kind has a layout per template family. */
export interface TableLayout {
  readonly id: string;
  readonly blocks: readonly BlockLayout[];
  /**
   * items-as-columns: the items of the (single) item block are printed as columns and the values
   * as one row (新疆 2021 三公 table). item-groups-as-columns: each item is a group of the block's
   * columns, values in one row (决算 三公: 预算数 | 决算数 under every item).
   */
  readonly orientation?: 'rows' | 'items-as-columns' | 'item-groups-as-columns';
  /**
   * The table is printed as two tables side by side, told apart by position (the header repeats
   * its labels over the right half). 'blocks': the halves are the 收入 and 支出 blocks (决算
   * 收支总表, whose 支出 side carries items besides the 类 lines). A column pair: one coded block
   * whose left half's lines are the first column's and right half's the second's; each printed
   * number is also the line's root total (决算 基本支出: 人员经费 | 公用经费).
   */
  readonly halves?: 'blocks' | readonly [string, string];
  /**
   * Two-sided tables: 收入 items that equal a column of the 支出 block's total row (收入总计 =
   * 支出总计; 一般公共预算 收入 = the 一般公共预算 column of 支出总计).
   */
  readonly incomeEqualsExpenditure?: readonly { readonly item: string; readonly column: string }[];
}

/** An identity between two tables that holds in every consistent disclosure. */
export interface CrossTableIdentity {
  readonly name: string;
  /** eq (default): the cells are equal; le: left ≤ right (a part of the money right counts). */
  readonly relation?: 'eq' | 'le';
  /** Holds only in disclosures of this kind (the 决算 forms sum other lines); both when absent. */
  readonly kind?: '预算' | '决算';
  /** Does not hold where the right table has this row (a layout that splits the item further). */
  readonly unlessRightRow?: string;
  /** Cell reference: table kind, row selector, column id. */
  readonly left: CellRef;
  readonly right: CellRef;
}

export interface CellRef {
  readonly table: TableKind;
  /**
   * 'total' (the total row; in two-sided tables the 收入 total), 'expenditure-total' (the 支出
   * total of a two-sided table), an item id, or a 功能分类 class code.
   */
  readonly row: string;
  readonly column: string;
}

export interface TableSpec {
  readonly kind: TableKind;
  /** Short Chinese name (收支总体). */
  readonly name: string;
  readonly nameEn: string;
  /**
   * Printed titles across regions and years, whitespace removed. A title matches when the text
   * (whitespace removed, brackets and quotes normalised) contains one of these.
   */
  readonly titles: readonly string[];
  /** Printed forms; the parser picks by the header text. */
  readonly layouts: readonly TableLayout[];
  /** Matches a sentence saying the table is published empty (…为空表). */
  readonly emptyStatement?: RegExp;
  readonly unit?: AmountUnit;
}
