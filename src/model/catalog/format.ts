// The committed data/*.json format, shared by scripts/build-catalog.ts (writer) and catalog.ts
// (reader) so the two cannot disagree. Tuples keep 1,600 rows small and diffable, one per line.

export type CodeSystem = 'function' | 'economic' | 'economic-government';
export type CatalogLevel = '类' | '款' | '项';

/** Index order is the on-disk confidence code (0 = verified …). Never reorder. */
export const CONFIDENCES = ['verified', 'name-seen', 'recall', 'uncertain'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Bit i of the on-disk scope mask = BUDGET_SCOPES[i]. Never reorder. */
export const BUDGET_SCOPES = [
  '一般公共预算',
  '政府性基金预算',
  '国有资本经营预算',
  '社会保险基金预算',
] as const;
export type BudgetScope = (typeof BUDGET_SCOPES)[number];

export const FORMAT_VERSION = 1;

/** [name, last edition in which it was in force, confidence code, note?] */
export type RawFormerName = [name: string, lastEdition: number, confidence: number, note?: string];

/** Present only on the few entries with history. */
export interface RawExtra {
  /** Older names, newest first. */
  former?: RawFormerName[];
  /** Code absent from the current edition: last edition in which it existed. */
  until?: number;
  /** Source note, kept only for rows describing history. */
  note?: string;
}

/** [code, name, confidence code, scope mask (0 = not applicable), extra?] */
export type RawEntry = [
  code: string,
  name: string,
  confidence: number,
  scopes: number,
  extra?: RawExtra,
];

export interface RawCatalogFile {
  format: typeof FORMAT_VERSION;
  system: CodeSystem;
  /** The current edition; names without a history span are in force from it onwards. */
  edition: number;
  /** Legends, so the file reads on its own. */
  confidence: readonly string[];
  scopes: readonly string[];
  /** Sorted by code. */
  entries: RawEntry[];
}

export const DATA_FILES: Record<CodeSystem, string> = {
  function: 'functional.json',
  economic: 'economic-department.json',
  'economic-government': 'economic-government.json',
};
