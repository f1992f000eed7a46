import type { AmountUnit } from '../money.js';
import type { TableKind } from '../table.js';

/** One table of a template: which kind, how it is numbered and titled, and its printed layout. */
export interface ProfileTable {
  readonly kind: TableKind;
  readonly number: string;
  readonly title: string;
  /** Layout id within the kind's spec. */
  readonly layout: string;
  readonly unit?: AmountUnit;
}

/**
 * A regional template: the ordered tables a disclosure of that family publishes. Supporting a new
 * region or year is a new profile, not new parser code.
 */
export interface Profile {
  readonly id: string;
  readonly name: string;
  readonly region: string;
  readonly kind: '预算' | '决算';
  /** Default amount unit of the tables. */
  readonly unit: AmountUnit;
  readonly tables: readonly ProfileTable[];
}
