// Choose each row's placement so that the table's row arithmetic holds too: a parent row is the
// sum of its child rows in every column (类 = Σ款, total = Σ类, 收入 item = Σ its 其中 items),
// and cells fixed by other tables hold. A small constraint solver: bounds propagation, then for
// every remaining candidate a search for one solution that uses it (a candidate no solution uses
// is dropped). Rows left with one candidate are placed; the rest stay ambiguous.
import { roundingToleranceCents, type Cents } from '../../model/money.js';
import type { Placement } from './placement.js';

export interface SolverRow {
  readonly amounts: readonly Cents[];
  /** Candidate placements (column index per amount). */
  readonly candidates: readonly Placement[];
  /** Unplaced columns of a relaxed row are unknown, not blank. */
  readonly relaxed: boolean;
}

export interface Term {
  readonly row: number;
  /** Column index within the row's own block. */
  readonly column: number;
  readonly sign: 1 | -1;
}

/** Σ sign × cell = 0 within rounding: one total (+1) and its parts (−1), anywhere in the table. */
export interface LinearSum {
  readonly terms: readonly Term[];
}

/** values[parent][c] = Σ values[child][c] for each column c, as LinearSums. */
export function rowSums(parent: number, children: readonly number[], columns: number): LinearSum[] {
  return Array.from({ length: columns }, (_, column) => ({
    terms: [
      { row: parent, column, sign: 1 as const },
      ...children.map((row) => ({ row, column, sign: -1 as const })),
    ],
  }));
}

/** A cell another table fixes (value), or bounds from above (max: 三公 of a budget ≤ its total). */
export interface FixedCell {
  readonly row: number;
  readonly column: number;
  readonly value?: Cents;
  readonly max?: Cents;
}

// Search nodes allowed per candidate's support search, and for all searches of a connected group
// of rows; past them candidates are kept (reported as ambiguous, never guessed away). Tables whose
// arithmetic cannot decide (项目支出 by 经济分类) would otherwise search long to prove it.
export const SEARCH_BUDGET = 5_000;
export const GROUP_BUDGET = 1_500;

export interface SolveResult {
  /** For each row, indexes into its candidates that some solution uses (or could not be ruled out). */
  readonly kept: readonly (readonly number[])[];
  /** False when a search ran out of budget or a group had no solution. */
  readonly exact: boolean;
  /** Rows of groups with no solution (the table's arithmetic fails whatever the placement). */
  readonly inconsistent: readonly number[];
}

const UNKNOWN = Number.NaN;

/**
 * Solve, after merging rows that must be placed alike: a parent whose only child prints the same
 * numbers (a unit with one 类, a 类 with one 款…) is one variable, not a chain of equal ones.
 */
export function solve(
  rows: readonly SolverRow[],
  sums: readonly LinearSum[],
  fixed: readonly FixedCell[] = [],
): SolveResult {
  const alias = mergeEqualChains(rows, sums);
  const rep = (r: number): number => alias[r] ?? r;
  const merged = sums
    .map((s) => ({ terms: s.terms.map((t) => ({ ...t, row: rep(t.row) })) }))
    .filter((s) => !isTrivial(s));
  const inner = solveRows(
    rows,
    merged,
    fixed.map((f) => ({ ...f, row: rep(f.row) })),
  );
  return {
    ...inner,
    kept: rows.map((_, r) => inner.kept[rep(r)] ?? []),
  };
}

/** Each row's representative when parent = its only child and both print the same numbers. */
function mergeEqualChains(rows: readonly SolverRow[], sums: readonly LinearSum[]): number[] {
  const alias = rows.map((_, i) => i);
  const find = (x: number): number => {
    while (alias[x] !== x) x = alias[x] = alias[alias[x]!]!;
    return x;
  };
  const columns = rows.map(() => new Set<number>());
  for (const s of sums) for (const t of s.terms) columns[t.row]?.add(t.column);
  const pairCols = new Map<string, number>();
  for (const s of sums) {
    if (s.terms.length !== 2) continue;
    const [a, b] = s.terms as [Term, Term];
    if (a.sign === b.sign || a.column !== b.column) continue;
    const key = `${Math.min(a.row, b.row)}:${Math.max(a.row, b.row)}`;
    pairCols.set(key, (pairCols.get(key) ?? 0) + 1);
  }
  for (const [key, count] of pairCols) {
    const [x, y] = key.split(':').map(Number) as [number, number];
    const rx = rows[x]!;
    const ry = rows[y]!;
    if (count < columns[x]!.size || rx.relaxed || ry.relaxed) continue;
    if (!sameCandidates(rx, ry)) continue;
    alias[find(y)] = find(x);
  }
  return rows.map((_, i) => find(i));
}

function sameCandidates(a: SolverRow, b: SolverRow): boolean {
  if (a.amounts.length !== b.amounts.length || a.candidates.length !== b.candidates.length)
    return false;
  if (a.amounts.some((v, i) => v !== b.amounts[i])) return false;
  return a.candidates.every((c, i) => c.every((col, j) => col === b.candidates[i]![j]));
}

/** x − x = 0 after merging. */
function isTrivial(s: LinearSum): boolean {
  return (
    s.terms.length === 2 &&
    s.terms[0]!.row === s.terms[1]!.row &&
    s.terms[0]!.column === s.terms[1]!.column &&
    s.terms[0]!.sign !== s.terms[1]!.sign
  );
}

function solveRows(
  rows: readonly SolverRow[],
  sums: readonly LinearSum[],
  fixed: readonly FixedCell[],
): SolveResult {
  const n = rows.length;
  // cells[r][k][col]: the cell a candidate gives (0 for blank, NaN unknown for relaxed rows).
  const width = new Array<number>(n).fill(1);
  for (const s of sums)
    for (const t of s.terms) if (t.row < n) width[t.row] = Math.max(width[t.row]!, t.column + 1);
  const cells: Float64Array[][] = rows.map((row, r) =>
    row.candidates.map((cand) => {
      const out = new Float64Array(width[r] as number).fill(row.relaxed ? UNKNOWN : 0);
      cand.forEach((col, i) => {
        if (col < out.length) out[col] = row.amounts[i] as Cents;
      });
      return out;
    }),
  );
  const cell = (r: number, k: number, col: number): number =>
    col < (width[r] as number) ? ((cells[r] as Float64Array[])[k] as Float64Array)[col]! : 0;

  const domains: number[][] = rows.map((r) => r.candidates.map((_, i) => i));
  for (const f of fixed) {
    const dom = domains[f.row];
    if (!dom || !rows[f.row]) continue;
    const ok = dom.filter((k) => {
      const v = cellOfCandidate(rows[f.row]!, k, f.column);
      if (v === undefined) return true;
      if (f.value !== undefined && v !== f.value) return false;
      return f.max === undefined || v <= f.max;
    });
    if (ok.length > 0) domains[f.row] = ok;
  }

  const constraints = sums
    .filter((s) => s.terms.every((t) => t.row < n))
    .map((s) => ({ terms: s.terms, parts: s.terms.filter((t) => t.sign === -1).length }));
  const byRow: (typeof constraints)[] = Array.from({ length: n }, () => []);
  for (const c of constraints) for (const t of c.terms) byRow[t.row]!.push(c);

  // Bounds of each row's cells over its domain, per column; recomputed when a domain shrinks.
  const lo: Float64Array[] = rows.map((_, r) => new Float64Array(width[r] as number));
  const hi: Float64Array[] = rows.map((_, r) => new Float64Array(width[r] as number));
  const refreshBounds = (r: number): void => {
    const l = lo[r]!;
    const h = hi[r]!;
    l.fill(Infinity);
    h.fill(-Infinity);
    for (const k of domains[r]!) {
      const cs = cells[r]![k]!;
      for (let c = 0; c < cs.length; c++) {
        const v = cs[c]!;
        if (Number.isNaN(v) || Number.isNaN(l[c]!)) {
          l[c] = UNKNOWN;
          h[c] = UNKNOWN;
        } else {
          if (v < l[c]!) l[c] = v;
          if (v > h[c]!) h[c] = v;
        }
      }
    }
  };
  for (let r = 0; r < n; r++) refreshBounds(r);

  const assigned = new Int32Array(n).fill(-1);
  const feasible = (c: (typeof constraints)[number]): boolean => {
    let min = 0;
    let max = 0;
    let open = false;
    let nonzero = 0;
    for (const t of c.terms) {
      const a = assigned[t.row]!;
      let l: number;
      let h: number;
      if (a >= 0) {
        l = h = cell(t.row, a, t.column);
      } else {
        l = t.column < width[t.row]! ? lo[t.row]![t.column]! : 0;
        h = t.column < width[t.row]! ? hi[t.row]![t.column]! : 0;
        open = true;
      }
      if (Number.isNaN(l)) return true; // an unknown cell: nothing to check
      if (l === Infinity) return false; // empty domain
      if (t.sign === -1 && (l !== 0 || h !== 0)) nonzero++;
      min += t.sign === 1 ? l : -h;
      max += t.sign === 1 ? h : -l;
    }
    const tol = zeroTotal(c) ? 0 : roundingToleranceCents(open ? c.parts : nonzero);
    return min <= tol && max >= -tol;
  };
  // A blank total cannot hide printed parts: each part is at least 0.005 before rounding, so
  // their sum would print. Rounding tolerance applies only to a total that is not blank.
  const zeroTotal = (c: (typeof constraints)[number]): boolean => {
    for (const t of c.terms) {
      if (t.sign !== 1) continue;
      const a = assigned[t.row]!;
      if (a >= 0) return cell(t.row, a, t.column) === 0;
      const w = width[t.row]!;
      return t.column >= w || (lo[t.row]![t.column] === 0 && hi[t.row]![t.column] === 0);
    }
    return false;
  };
  const consistent = (r: number): boolean => byRow[r]!.every(feasible);

  // Bounds propagation to a fixpoint, with a worklist: a row is looked at again only when a row
  // it shares a constraint with lost candidates.
  const neighbours: Set<number>[] = rows.map(() => new Set<number>());
  for (const c of constraints)
    for (const a of c.terms)
      for (const b of c.terms) if (a.row !== b.row) neighbours[a.row]!.add(b.row);
  const queued = new Uint8Array(n).fill(1);
  const work: number[] = Array.from({ length: n }, (_, i) => i);
  while (work.length > 0) {
    const r = work.pop()!;
    queued[r] = 0;
    const dom = domains[r]!;
    if (dom.length < 2) continue;
    const kept = dom.filter((k) => {
      assigned[r] = k;
      const ok = consistent(r);
      assigned[r] = -1;
      return ok;
    });
    if (kept.length > 0 && kept.length < dom.length) {
      domains[r] = kept;
      refreshBounds(r);
      for (const x of neighbours[r]!) {
        if (!queued[x]) {
          queued[x] = 1;
          work.push(x);
        }
      }
    }
  }

  // Forward checking: after placing a row, narrow the rows it shares a constraint with. For each
  // open row of a constraint, the bounds of the other terms are summed once; each of its
  // candidates is then one comparison.
  const narrow = (r: number, trail: [number, number[]][]): boolean => {
    for (const c of byRow[r]!) {
      let sum = constraintBounds(c);
      if (sum === undefined) continue;
      const zero = zeroTotal(c);
      const tolAll = zero ? 0 : roundingToleranceCents(sum.open > 0 ? c.parts : sum.nonzero);
      if (sum.min > tolAll || sum.max < -tolAll) return false;
      for (const t of c.terms) {
        const u = t.row;
        if (assigned[u]! >= 0) continue;
        // This term's share taken out of the constraint's bounds.
        const l = t.column < width[u]! ? lo[u]![t.column]! : 0;
        const h = t.column < width[u]! ? hi[u]![t.column]! : 0;
        const restMin = sum.min - (t.sign === 1 ? l : -h);
        const restMax = sum.max - (t.sign === 1 ? h : -l);
        const restNonzero = sum.nonzero - (t.sign === -1 && (l !== 0 || h !== 0) ? 1 : 0);
        const restOpen = sum.open > 1;
        const dom = domains[u]!;
        const keep: number[] = [];
        for (const k of dom) {
          const v = cell(u, k, t.column);
          const vMin = restMin + t.sign * v;
          const vMax = restMax + t.sign * v;
          const nz = restNonzero + (t.sign === -1 && v !== 0 ? 1 : 0);
          const parentZero = t.sign === 1 ? v === 0 : zero;
          const tol = parentZero ? 0 : roundingToleranceCents(restOpen ? c.parts : nz);
          if (vMin <= tol && vMax >= -tol) keep.push(k);
        }
        if (keep.length === 0) return false;
        if (keep.length < dom.length) {
          trail.push([u, dom]);
          domains[u] = keep;
          refreshBounds(u);
          sum = constraintBounds(c);
          if (sum === undefined) break;
        }
      }
    }
    return true;
  };
  /** Bounds of a constraint's sum (undefined: it holds an unknown cell, nothing to check). */
  const constraintBounds = (
    c: (typeof constraints)[number],
  ): { min: number; max: number; nonzero: number; open: number } | undefined => {
    let min = 0;
    let max = 0;
    let nonzero = 0;
    let open = 0;
    for (const t of c.terms) {
      const a = assigned[t.row]!;
      let l: number;
      let h: number;
      if (a >= 0) l = h = cell(t.row, a, t.column);
      else {
        l = t.column < width[t.row]! ? lo[t.row]![t.column]! : 0;
        h = t.column < width[t.row]! ? hi[t.row]![t.column]! : 0;
        open++;
      }
      if (Number.isNaN(l)) return undefined;
      if (l === Infinity) return { min: Infinity, max: -Infinity, nonzero, open };
      if (t.sign === -1 && (l !== 0 || h !== 0)) nonzero++;
      min += t.sign === 1 ? l : -h;
      max += t.sign === 1 ? h : -l;
    }
    return { min, max, nonzero, open };
  };
  const undo = (trail: [number, number[]][]): void => {
    for (let i = trail.length - 1; i >= 0; i--) {
      const [u, dom] = trail[i]!;
      domains[u] = dom;
      refreshBounds(u);
    }
  };

  /** One solution of the group extending the rows already placed, or why there is none. */
  let groupNodes = 0;
  const search = (group: readonly number[]): { found?: [number, number][]; exhausted: boolean } => {
    let nodes = 0;
    let exhausted = false;
    const step = (): boolean => {
      groupNodes++;
      if (++nodes > SEARCH_BUDGET || groupNodes > GROUP_BUDGET) {
        exhausted = true;
        return false;
      }
      // The open row with fewest candidates next (forced rows first).
      let r = -1;
      for (const x of group) {
        if (assigned[x]! < 0 && (r < 0 || domains[x]!.length < domains[r]!.length)) r = x;
      }
      if (r < 0) return true;
      for (const k of [...domains[r]!]) {
        assigned[r] = k;
        const trail: [number, number[]][] = [];
        if (narrow(r, trail) && step()) return true;
        undo(trail);
        assigned[r] = -1;
        if (exhausted) return false;
      }
      return false;
    };
    if (step()) {
      const found = group.map((r) => [r, assigned[r]!] as [number, number]);
      return { found, exhausted: false };
    }
    return { exhausted };
  };

  let exact = true;
  const inconsistent: number[] = [];
  const kept: Set<number>[] = rows.map(() => new Set<number>());
  // Columns some solution gives each printed number. A candidate whose every number already has
  // its column supported, or is already known to have two, cannot change what gets placed: it
  // is kept without a search (its columns are listed among the possibilities).
  const supported: Set<number>[][] = rows.map((row) => row.amounts.map(() => new Set<number>()));
  const markSupported = (r: number, k: number): void => {
    kept[r]!.add(k);
    (rows[r]!.candidates[k] as Placement).forEach((col, i) => supported[r]![i]!.add(col));
  };
  const decided = (r: number, k: number): boolean =>
    (rows[r]!.candidates[k] as Placement).every(
      (col, i) => supported[r]![i]!.has(col) || supported[r]![i]!.size >= 2,
    );
  for (const group of groups(n, constraints)) {
    let anySolution = false;
    groupNodes = 0;
    for (const r of group) {
      for (const k of [...domains[r]!]) {
        if (kept[r]!.has(k)) continue;
        if (anySolution && decided(r, k)) {
          kept[r]!.add(k);
          continue;
        }
        if (groupNodes > GROUP_BUDGET) {
          exact = false;
          kept[r]!.add(k);
          continue;
        }
        const saved = group.map((x) => domains[x]!);
        assigned[r] = k;
        const trail: [number, number[]][] = [];
        const result = narrow(r, trail) ? search(group) : { exhausted: false };
        for (const x of group) assigned[x] = -1;
        group.forEach((x, i) => {
          if (domains[x] !== saved[i]) {
            domains[x] = saved[i]!;
            refreshBounds(x);
          }
        });
        if (result.found) {
          anySolution = true;
          for (const [row, cand] of result.found) markSupported(row, cand);
        } else if (result.exhausted) {
          exact = false;
          kept[r]!.add(k);
        } else if (domains[r]!.length > 1) {
          domains[r] = domains[r]!.filter((x) => x !== k);
          refreshBounds(r);
        }
      }
    }
    if (!anySolution && group.some((r) => domains[r]!.length > 0)) {
      // No placement satisfies the group's arithmetic: keep what propagation left.
      if (group.length > 1) inconsistent.push(...group);
      exact = false;
      for (const r of group) kept[r] = new Set(domains[r]);
    }
  }
  return { kept: kept.map((s) => [...s].sort((a, b) => a - b)), exact, inconsistent };
}

function cellOfCandidate(row: SolverRow, k: number, column: number): Cents | undefined {
  const cand = row.candidates[k] as Placement;
  const i = cand.indexOf(column);
  if (i >= 0) return row.amounts[i] as Cents;
  return row.relaxed ? undefined : 0;
}

/** Connected groups of rows (rows sharing a constraint). */
function groups(n: number, constraints: readonly { terms: readonly Term[] }[]): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (const c of constraints) {
    const first = c.terms[0];
    if (!first) continue;
    for (const t of c.terms) parent[find(t.row)] = find(first.row);
  }
  const out = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const list = out.get(root);
    if (list) list.push(i);
    else out.set(root, [i]);
  }
  return [...out.values()];
}
