// The solver's state (see solver.ts for what is solved): everything a search step touches is a
// flat typed array allocated once per solve — each row's candidate cells, the constraints'
// terms, the bounds per row and column. A step then allocates nothing but the narrowed domains,
// which the trail restores.
import { roundingToleranceCents as tolerance } from '../../model/money.js';
import type { FixedCell, FlatSums, SolverRow } from './solver.js';

import {
  boundsOffsets,
  float64Array,
  int32Arrays,
  writeCandidateCells,
  cellOfCandidate,
  firstDomains,
  sameRow,
  UNKNOWN,
} from './solver-cells.js';

export class SolverState {
  readonly n: number;
  readonly width: Int32Array;
  /**
   * cells[cellsAt[r] + k * width[r] + col]: the cell candidate k of row r gives (0 blank, NaN
   * unknown). One array for the table: a typed array per row cost more to allocate than to fill.
   */
  readonly cells: Float64Array;
  readonly cellsAt: Int32Array;
  /** Domains are replaced, never changed in place (rows of one size start from one array). */
  readonly domains: (readonly number[])[];
  /** Bounds of row r's cells over its domain: lo/hi[boundsAt[r] + col] (constrained rows only). */
  readonly boundsAt: Int32Array;
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  readonly assigned: Int32Array;
  /** Constraint c's terms are termRow/termCol/termSign[start[c] .. start[c + 1]). */
  readonly start: Int32Array;
  readonly termRow: Int32Array;
  readonly termCol: Int32Array;
  readonly termSign: Int32Array;
  /** Number of parts (−1 terms) per constraint. */
  readonly parts: Int32Array;
  /** Each constraint's first +1 term (its total), or −1. */
  readonly totalTerm: Int32Array;
  /**
   * Each row's terms in term order: rowTerms[i] for i in rowTermsAt[r] .. rowTermsAt[r + 1],
   * and rowConstraints[i] the constraint of that term (the constraints of row r, once per term
   * it has in them). One flat list for the table rather than a list per row.
   */
  readonly rowTermsAt: Int32Array;
  readonly rowTerms: Int32Array;
  readonly rowConstraints: Int32Array;
  /** Rows and domains to restore, newest last. */
  private readonly trailRows: number[] = [];
  private readonly trailDoms: (readonly number[])[] = [];
  /** Bounds before each trail entry: lo, hi of each column of its row, in column order. */
  private readonly trailBounds: number[] = [];
  // Bounds of the constraint last measured by bounds().
  sMin = 0;
  sMax = 0;
  sNonzero = 0;
  sOpen = 0;

  constructor(rows: readonly SolverRow[], sums: FlatSums, fixed: readonly FixedCell[]) {
    const n = rows.length;
    this.n = n;
    // Sums over rows of the table only (all of them, in practice: then the solve's flat sums are
    // read as they are, not copied).
    const inside = sums.maxRow < n ? sums : sumsInside(sums, n);
    this.start = inside.start;
    this.termRow = inside.row;
    this.termCol = inside.column;
    this.termSign = inside.sign;
    const count = inside.count;
    const terms = inside.row.length;
    let termSum: Int32Array;
    [this.width, this.assigned, this.cellsAt, this.boundsAt, this.parts, this.totalTerm, termSum] =
      int32Arrays(n, n, n, n + 1, count, count, terms);
    // Widths over every sum given (a row's terms in a sum left out count too).
    const width = this.width.fill(1);
    for (let t = 0; t < sums.row.length; t++) {
      const r = sums.row[t]!;
      if (r < n && sums.column[t]! + 1 > width[r]!) width[r] = sums.column[t]! + 1;
    }
    this.totalTerm.fill(-1);
    for (let c = 0; c < count; c++) {
      for (let t = this.start[c]!, end = this.start[c + 1]!; t < end; t++) {
        termSum[t] = c;
        if (this.termSign[t] === -1) this.parts[c]!++;
        else if (this.totalTerm[c] === -1) this.totalTerm[c] = t;
      }
    }
    this.domains = firstDomains(rows);
    for (const f of fixed) {
      const dom = this.domains[f.row];
      if (!dom || !rows[f.row]) continue;
      const ok = dom.filter((k) => {
        const v = cellOfCandidate(rows[f.row]!, k, f.column);
        if (v === undefined) return true;
        if (f.value !== undefined && v !== f.value) return false;
        return f.max === undefined || v <= f.max;
      });
      if (ok.length > 0) this.domains[f.row] = ok;
    }
    [this.rowTermsAt, this.rowTerms] = rowTermLists(this.termRow, n);
    [this.rowConstraints] = int32Arrays(terms);
    for (let i = 0; i < terms; i++) this.rowConstraints[i] = termSum[this.rowTerms[i]!]!;
    // Cells and bounds only for rows under some constraint: nothing reads the others' (their
    // every candidate is kept), and merged chains and lone rows are many.
    // Rows printing the same numbers share their solver row (solverRowsOf), and then their cells
    // (read only). Rows printing other numbers may share candidates, never cells.
    const made = new Map<SolverRow, { row: SolverRow; w: number; at: number }>();
    const written: number[] = []; // rows whose cells are written (the others share them)
    let size = 0;
    for (let r = 0; r < n; r++) {
      if (!this.constrained(r)) continue;
      const row = rows[r]!;
      const w = width[r]!;
      const same = made.get(row);
      if (same && same.w === w && sameRow(same.row, row)) {
        this.cellsAt[r] = same.at;
        continue;
      }
      this.cellsAt[r] = size;
      made.set(row, { row, w, at: size });
      written.push(r);
      size += row.candidates.length * w;
    }
    this.cells = float64Array(size);
    for (const r of written) writeCandidateCells(this.cells, this.cellsAt[r]!, rows[r]!, width[r]!);
    boundsOffsets(width, this.rowTermsAt, this.boundsAt);
    const bounds = float64Array(2 * this.boundsAt[n]!);
    this.lo = bounds.subarray(0, this.boundsAt[n]!);
    this.hi = bounds.subarray(this.boundsAt[n]!);
    for (let r = 0; r < n; r++) this.refresh(r);
    this.assigned.fill(-1);
  }

  get constraintCount(): number {
    return this.parts.length;
  }

  /** Has row r a term in some constraint? */
  constrained(r: number): boolean {
    return this.rowTermsAt[r + 1]! > this.rowTermsAt[r]!;
  }

  /** The cell candidate k of row r gives in column col. */
  cell(r: number, k: number, col: number): number {
    const w = this.width[r]!;
    return col < w ? this.cells[this.cellsAt[r]! + k * w + col]! : 0;
  }

  /** Bounds of each row's cells over its domain, per column; an unknown cell makes both NaN. */
  refresh(r: number): void {
    if (!this.constrained(r)) return;
    const l = this.lo;
    const h = this.hi;
    const at = this.boundsAt[r]!;
    const cs = this.cells;
    const w = this.width[r]!;
    l.fill(Infinity, at, at + w);
    h.fill(-Infinity, at, at + w);
    for (const k of this.domains[r]!) {
      for (let c = at, i = this.cellsAt[r]! + k * w; c < at + w; c++, i++) {
        const v = cs[i]!;
        if (Number.isNaN(v) || Number.isNaN(l[c]!)) {
          l[c] = UNKNOWN;
          h[c] = UNKNOWN;
        } else {
          if (v < l[c]!) l[c] = v;
          if (v > h[c]!) h[c] = v;
        }
      }
    }
  }

  /** Does the constraint hold within rounding, given the rows placed and the others' bounds? */
  feasible(c: number): boolean {
    let min = 0;
    let max = 0;
    let open = false;
    let nonzero = 0;
    for (let t = this.start[c]!, end = this.start[c + 1]!; t < end; t++) {
      const row = this.termRow[t]!;
      const col = this.termCol[t]!;
      const a = this.assigned[row]!;
      let l: number;
      let h: number;
      if (a >= 0) l = h = this.cell(row, a, col);
      else {
        const inside = col < this.width[row]!;
        l = inside ? this.lo[this.boundsAt[row]! + col]! : 0;
        h = inside ? this.hi[this.boundsAt[row]! + col]! : 0;
        open = true;
      }
      if (Number.isNaN(l)) return true; // an unknown cell: nothing to check
      if (l === Infinity) return false; // empty domain
      if (this.termSign[t] === 1) {
        min += l;
        max += h;
      } else {
        if (l !== 0 || h !== 0) nonzero++;
        min -= h;
        max -= l;
      }
    }
    const tol = this.zeroTotal(c) ? 0 : tolerance(open ? this.parts[c]! : nonzero);
    return min <= tol && max >= -tol;
  }

  /** The constraint's first +1 term (its total), or −1. */
  firstTotalTerm(c: number): number {
    return this.totalTerm[c]!;
  }

  /** An open row's cell is blank in every candidate left. */
  openCellIsBlank(row: number, col: number): boolean {
    return (
      col >= this.width[row]! ||
      (this.lo[this.boundsAt[row]! + col] === 0 && this.hi[this.boundsAt[row]! + col] === 0)
    );
  }

  /**
   * A blank total cannot hide printed parts: each part is at least 0.005 before rounding, so
   * their sum would print. Rounding tolerance applies only to a total that is not blank.
   */
  zeroTotal(c: number): boolean {
    const t = this.firstTotalTerm(c);
    if (t < 0) return false;
    const row = this.termRow[t]!;
    const col = this.termCol[t]!;
    const a = this.assigned[row]!;
    return a >= 0 ? this.cell(row, a, col) === 0 : this.openCellIsBlank(row, col);
  }

  /** Measure the constraint's sum into sMin..sOpen; false when it holds an unknown cell. */
  bounds(c: number): boolean {
    let min = 0;
    let max = 0;
    let nonzero = 0;
    let open = 0;
    for (let t = this.start[c]!, end = this.start[c + 1]!; t < end; t++) {
      const row = this.termRow[t]!;
      const col = this.termCol[t]!;
      const a = this.assigned[row]!;
      let l: number;
      let h: number;
      if (a >= 0) l = h = this.cell(row, a, col);
      else {
        const inside = col < this.width[row]!;
        l = inside ? this.lo[this.boundsAt[row]! + col]! : 0;
        h = inside ? this.hi[this.boundsAt[row]! + col]! : 0;
        open++;
      }
      if (Number.isNaN(l)) return false;
      if (l === Infinity) {
        min = Infinity;
        max = -Infinity;
        break;
      }
      if (this.termSign[t] === 1) {
        min += l;
        max += h;
      } else {
        if (l !== 0 || h !== 0) nonzero++;
        min -= h;
        max -= l;
      }
    }
    this.sMin = min;
    this.sMax = max;
    this.sNonzero = nonzero;
    this.sOpen = open;
    return true;
  }

  /**
   * Forward checking: after placing row r, narrow the rows it shares a constraint with. For each
   * open row of a constraint, the bounds of the other terms are summed once; each of its
   * candidates is then one comparison. Narrowed domains go on the trail.
   */
  narrow(r: number): boolean {
    for (let i = this.rowTermsAt[r]!, end = this.rowTermsAt[r + 1]!; i < end; i++) {
      const c = this.rowConstraints[i]!;
      if (!this.bounds(c)) continue;
      const zero = this.zeroTotal(c);
      const parts = this.parts[c]!;
      const tolAll = zero ? 0 : tolerance(this.sOpen > 0 ? parts : this.sNonzero);
      if (this.sMin > tolAll || this.sMax < -tolAll) return false;
      for (let t = this.start[c]!, end = this.start[c + 1]!; t < end; t++) {
        const u = this.termRow[t]!;
        if (this.assigned[u]! >= 0) continue;
        const col = this.termCol[t]!;
        const sign = this.termSign[t]!;
        const w = this.width[u]!;
        // This term's share taken out of the constraint's bounds.
        const l = col < w ? this.lo[this.boundsAt[u]! + col]! : 0;
        const h = col < w ? this.hi[this.boundsAt[u]! + col]! : 0;
        const restMin = this.sMin - (sign === 1 ? l : -h);
        const restMax = this.sMax - (sign === 1 ? h : -l);
        const restNonzero = this.sNonzero - (sign === -1 && (l !== 0 || h !== 0) ? 1 : 0);
        const restOpen = this.sOpen > 1;
        // Every candidate's cell lies in [l, h]: when both ends hold with no rounding at all,
        // every candidate holds (tolerances are ≥ 0) and the domain stays as it is.
        if (
          restMin + Math.max(sign * l, sign * h) <= 0 &&
          restMax + Math.min(sign * l, sign * h) >= 0
        )
          continue;
        const dom = this.domains[u]!;
        const cs = this.cells;
        const cellsAt = this.cellsAt[u]!;
        let keep: number[] | undefined;
        for (let j = 0; j < dom.length; j++) {
          const k = dom[j]!;
          const v = col < w ? cs[cellsAt + k * w + col]! : 0;
          const vMin = restMin + sign * v;
          const vMax = restMax + sign * v;
          const nz = restNonzero + (sign === -1 && v !== 0 ? 1 : 0);
          const parentZero = sign === 1 ? v === 0 : zero;
          const tol = parentZero ? 0 : tolerance(restOpen ? parts : nz);
          const ok = vMin <= tol && vMax >= -tol;
          if (ok) keep?.push(k);
          else keep ??= dom.slice(0, j);
        }
        if (keep === undefined) continue;
        if (keep.length === 0) return false;
        this.setDomain(u, keep);
        if (!this.bounds(c)) break;
      }
    }
    return true;
  }

  /** Replace a row's domain, remembering the old one and its bounds on the trail. */
  setDomain(u: number, dom: number[]): void {
    this.trailRows.push(u);
    this.trailDoms.push(this.domains[u]!);
    // The old bounds are copied back on undo: a copy of one row's bounds costs less than
    // measuring them again over its domain.
    const at = this.boundsAt[u]!;
    for (let c = at, end = at + this.width[u]!; c < end; c++)
      this.trailBounds.push(this.lo[c]!, this.hi[c]!);
    this.domains[u] = dom;
    this.refresh(u);
  }

  get trailLength(): number {
    return this.trailRows.length;
  }

  /** Restore the domains narrowed since the trail had `length` entries, and their bounds. */
  undo(length: number): void {
    const bounds = this.trailBounds;
    while (this.trailRows.length > length) {
      const u = this.trailRows.pop()!;
      this.domains[u] = this.trailDoms.pop()!;
      const at = this.boundsAt[u]!;
      for (let c = at + this.width[u]! - 1; c >= at; c--) {
        this.hi[c] = bounds.pop()!;
        this.lo[c] = bounds.pop()!;
      }
    }
  }
}

/** Each row's terms in term order, as offsets by row into one list of term indexes. */
function rowTermLists(termRow: Int32Array, n: number): [Int32Array, Int32Array] {
  const [at, list, next] = int32Arrays(n + 1, termRow.length, n);
  for (let t = 0; t < termRow.length; t++) at[termRow[t]! + 1]!++;
  for (let r = 0; r < n; r++) {
    at[r + 1]! += at[r]!;
    next[r] = at[r]!;
  }
  for (let t = 0; t < termRow.length; t++) list[next[termRow[t]!]!++] = t;
  return [at, list];
}

/** The sums whose every term is over rows below n, copied into the solve's arrays. */
function sumsInside(sums: FlatSums, n: number): FlatSums {
  const keep = (c: number): boolean => {
    for (let t = sums.start[c]!; t < sums.start[c + 1]!; t++) if (sums.row[t]! >= n) return false;
    return true;
  };
  let count = 0;
  let terms = 0;
  for (let c = 0; c < sums.count; c++)
    if (keep(c)) {
      count++;
      terms += sums.start[c + 1]! - sums.start[c]!;
    }
  const [start, row, column, sign] = int32Arrays(count + 1, terms, terms, terms);
  let out = 0;
  let t = 0;
  for (let c = 0; c < sums.count; c++) {
    if (!keep(c)) continue;
    for (let from = sums.start[c]!; from < sums.start[c + 1]!; from++, t++) {
      row[t] = sums.row[from]!;
      column[t] = sums.column[from]!;
      sign[t] = sums.sign[from]!;
    }
    start[++out] = t;
  }
  return { count, start, row, column, sign, maxRow: n - 1 };
}
