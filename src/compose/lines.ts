// Line items as compose works on them: amounts in 分, the source's meaning resolved, codes checked.
import type { AmountUnit } from '../model/money.js';
import { lookupCode } from '../model/catalog/index.js';
import type { BudgetInput } from './input/schema.js';
import { SOURCE_INFO, type FundSource, type SourceInfo } from './input/sources.js';
import { fenOf } from './amounts.js';

export interface Line {
  readonly unit: string;
  readonly functionCode: string;
  readonly economicCode?: string;
  readonly source: FundSource;
  readonly info: SourceInfo;
  readonly basic: boolean;
  readonly type: '人员经费' | '公用经费' | '项目';
  readonly project?: string;
  readonly fen: number;
}

export interface ComposeContext {
  readonly input: BudgetInput;
  readonly lines: readonly Line[];
  /** Unit of the printed tables. */
  readonly unit: AmountUnit;
  readonly year: number;
  readonly department: string;
  /** Budget units in printed order. */
  readonly units: readonly string[];
  /** Printed name of a code: the catalog's for the year, else the input's codeNames, else the code. */
  readonly codeName: (system: 'function' | 'economic', code: string) => string;
}

export function toLines(input: BudgetInput): Line[] {
  return input.items.map((it) => ({
    unit: it.unit,
    functionCode: it.functionCode,
    ...(it.economicCode ? { economicCode: it.economicCode } : {}),
    source: it.source,
    info: SOURCE_INFO[it.source],
    basic: it.type !== '项目',
    type: it.type,
    ...(it.project ? { project: it.project } : {}),
    fen: fenOf(it.amount),
  }));
}

export function makeContext(
  input: BudgetInput,
  lines: readonly Line[],
  unit: AmountUnit,
): ComposeContext {
  const units = [...input.units];
  for (const l of lines) if (!units.includes(l.unit)) units.push(l.unit);
  const year = input.identity.year;
  // Names are looked up many times per document (tables and narrative); the catalog once.
  const names = new Map<string, string>();
  return {
    input,
    lines,
    unit,
    year,
    department: input.identity.department,
    units,
    codeName: (system, code) => {
      const key = `${system}:${code}`;
      let name = names.get(key);
      if (name === undefined) {
        name = input.codeNames[code] ?? lookupCode(system, code, year)?.name ?? code;
        names.set(key, name);
      }
      return name;
    },
  };
}

/** This year's 财政拨款 of the 一般公共预算 (own funds and 上级转移支付). */
export const isGeneral = (l: Line): boolean => l.info.budget === 'general';
export const isFund = (l: Line): boolean => l.info.budget === 'fund';
export const isCapital = (l: Line): boolean => l.info.budget === 'capital';
export const isFiscal = (l: Line): boolean => l.info.budget !== undefined;

export function sumFen(lines: readonly Line[], pred: (l: Line) => boolean = () => true): number {
  let s = 0;
  for (const l of lines) if (pred(l)) s += l.fen;
  return s;
}
