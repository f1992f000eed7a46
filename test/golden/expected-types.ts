// The shape of the golden expectations: what a careful reader of a seed writes down, typed against
// the model (src/model). Free text is pinned by prefix/suffix; a table cell whose column only the
// narrative decides is marked `reasoned` (see compare-tables.ts for how it is accepted).
import type { Identity } from '../../src/model/disclosure.js';
import type { AmountUnit } from '../../src/model/money.js';
import type { Change, FactScope, FactSubject } from '../../src/model/narrative.js';
import type {
  Assets,
  OperatingCosts,
  PerformanceOverview,
  Procurement,
} from '../../src/model/other-matters.js';
import type { Overview } from '../../src/model/overview.js';
import type { IndicatorValue, PerformanceTarget } from '../../src/model/performance.js';
import type { Undisclosed } from '../../src/model/project.js';
import type { Summary } from '../../src/model/summary.js';
import type { CodeLevel, RowKind, TableKind } from '../../src/model/table.js';

/**
 * Long free text, compared after removing all whitespace: it starts with `prefix`, ends with
 * `suffix`, contains `includes` and does not contain `excludes` (each only when given).
 */
export interface TextSpec {
  readonly $text: true;
  readonly prefix?: string;
  readonly suffix?: string;
  readonly includes?: string;
  readonly excludes?: string;
}
export const text = (prefix: string, suffix?: string, excludes?: string): TextSpec => ({
  $text: true,
  prefix,
  ...(suffix !== undefined ? { suffix } : {}),
  ...(excludes !== undefined ? { excludes } : {}),
});
/** Short text pinned in full (compared after removing whitespace). */
export const whole = (s: string): TextSpec => ({ $text: true, prefix: s, suffix: s });
/** Text that must contain a phrase. */
export const contains = (includes: string): TextSpec => ({ $text: true, includes });

/**
 * A cell whose column the table text alone does not fix; a careful reader of the whole document
 * decides it (`why`). Accepted when placed in that column, or left unplaced with that column
 * among its candidates (reported as an accepted exception, never silently).
 */
export interface ReasonedCell {
  readonly $reasoned: true;
  readonly value: number;
  readonly why: string;
}
export const reasoned = (value: number, why: string): ReasonedCell => ({
  $reasoned: true,
  value,
  why,
});
export type ExpectedCell = number | ReasonedCell;

/** A number the document does not place at all (any of `columns` fits every stated figure). */
export interface UndeterminedCell {
  readonly value: number;
  readonly columns: readonly string[];
  readonly why: string;
}

export interface ExpectedRow {
  /** First line of the row (its code, label or name), 1-based line of the seed file. */
  readonly line: number;
  readonly kind: RowKind;
  readonly block?: 'income' | 'expenditure';
  readonly code?: string;
  readonly level?: CodeLevel;
  /** As printed, wrapped lines joined. */
  readonly name: string;
  readonly item?: string;
  readonly unit?: string;
  readonly project?: string;
  /** Every printed number of the row by column id (blank cells absent). */
  readonly values: Readonly<Record<string, ExpectedCell>>;
  readonly undetermined?: readonly UndeterminedCell[];
}

export interface ExpectedTable {
  readonly number: string;
  readonly kind: TableKind;
  readonly title: string;
  readonly unit: AmountUnit;
  readonly department: string;
  /** First and last line of the table in the seed (for the number walk). */
  readonly lines: readonly [number, number];
  /** Items printed as columns with their values on one line (新疆 2021 三公). */
  readonly transposed?: boolean;
  /** A phrase of the 为空表 statement, for a table published empty. */
  readonly empty?: string;
  readonly rows: readonly ExpectedRow[];
}

export interface ExpectedSection {
  readonly number: string;
  readonly parent?: string;
  readonly title: string;
  readonly text?: TextSpec;
}

/** A function subject whose printed path need not be pinned. */
export type ExpectedSubject =
  | Exclude<FactSubject, { kind: 'function' | 'total' }>
  /** side left out where the text does not say (一般公共预算拨款合计). */
  | { kind: 'total'; side?: 'revenue' | 'expenditure' | 'both' }
  | { kind: 'function'; level: CodeLevel; code?: string; path?: readonly string[] };

/** A narrative figure as a compact tuple; fields left out are not compared. */
export interface ExpectedFact {
  readonly line: number;
  readonly section: string;
  readonly parent?: string;
  readonly subject: ExpectedSubject;
  readonly scope: FactScope;
  readonly amount?: number;
  readonly share?: number;
  readonly change?: Change;
  readonly notArranged?: true;
}

export interface ExpectedProject {
  readonly number: string;
  readonly name: string;
  readonly basis: TextSpec;
  readonly scale: number;
  readonly unit: AmountUnit;
  readonly owner: string;
  readonly allocation: {
    readonly text: TextSpec;
    /** Amount and a phrase of the item's name (the printed name contains it). */
    readonly items?: readonly { readonly name: string; readonly amount: number }[];
  };
  readonly period: string;
}

export type ExpectedUndisclosed = Omit<Undisclosed, 'text' | 'at'> & { readonly text: TextSpec };

export interface ExpectedIndicator {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly value: IndicatorValue;
  readonly basis?: string;
  /** '-' : printed as a dash (absent or kept as the dash are both right). */
  readonly lastYear?: IndicatorValue | '-';
  readonly weight?: number;
  readonly scoring?: string;
  readonly evidence?: string;
}

export interface ExpectedTarget {
  readonly kind: PerformanceTarget['kind'];
  readonly lines: readonly [number, number];
  readonly year: number;
  readonly unit: string;
  readonly project?: string;
  readonly manager?: string;
  readonly contact?: PerformanceTarget['contact'];
  readonly funds: PerformanceTarget['funds'];
  readonly goal: TextSpec;
  readonly indicators: readonly ExpectedIndicator[];
}

export interface ExpectedOverview {
  readonly functions: readonly TextSpec[];
  readonly internalUnits: Overview['internalUnits'];
  readonly budgetUnits: Overview['budgetUnits'];
  readonly staffing: Overview['staffing'];
}

/** An amount printed inside free text that the model deliberately keeps only as text. */
export interface TextAmount {
  readonly line: number;
  readonly number: string;
  readonly reason: string;
}

export interface SeedExpectation {
  readonly file: string;
  readonly identity: Identity;
  readonly overview: ExpectedOverview;
  readonly tables: readonly ExpectedTable[];
  readonly summary: Summary;
  readonly sections: readonly ExpectedSection[];
  readonly facts: readonly ExpectedFact[];
  readonly projects: readonly ExpectedProject[];
  readonly undisclosed: readonly ExpectedUndisclosed[];
  readonly operatingCosts: Omit<OperatingCosts, 'text' | 'at' | 'reason'> & { reason?: TextSpec };
  readonly procurement: Omit<Procurement, 'text' | 'at'>;
  readonly assets: Omit<Assets, 'text' | 'at' | 'planned'> & {
    planned: Omit<NonNullable<Assets['planned']>, 'text'>;
  };
  readonly performanceOverview: Omit<PerformanceOverview, 'text' | 'at'>;
  readonly performance: readonly ExpectedTarget[];
  readonly glossary: readonly { readonly term: string; readonly definition: TextSpec }[];
  /** Line ranges of the parts outside the tables and 绩效目标表 (for the number walk). */
  readonly parts: {
    readonly overview: readonly [number, number];
    readonly narrative: readonly (readonly [number, number])[];
    readonly glossary: readonly [number, number];
    readonly closing: readonly [number, number];
  };
  readonly textAmounts: readonly TextAmount[];
}
