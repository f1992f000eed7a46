// Bounds propagation, before any search: a row keeps the candidates every constraint of it allows
// given the other rows' bounds, and a row is looked at again only when a row it shares a
// constraint with lost candidates (a worklist), until nothing changes.
import { roundingToleranceCents as tolerance } from '../../model/money.js';
import { float64Array, int32Arrays, uint8Array } from './solver-cells.js';
import type { SolverState } from './solver-state.js';

/** Propagate to a fixpoint, narrowing st.domains. */
export function propagate(st: SolverState): void {
  const { n, domains } = st;
  // neighbours' marks: a row is seen in round `stamp` when seen[row] === stamp.
  const [queued, seen] = int32Arrays(n, n);
  queued.fill(1);
  const work: number[] = [];
  for (let i = 0; i < n; i++) work.push(i); // (Array.from with a callback is slower)
  let stamp = 0;
  // Filter marks, one per candidate, reused for every row (rows are filtered one at a time).
  let alive = uint8Array(0);
  const sums = new TermSums(st);
  while (work.length > 0) {
    const r = work.pop()!;
    queued[r] = 0;
    const dom = domains[r]!;
    if (dom.length < 2) continue;
    if (alive.length < dom.length) alive = uint8Array(dom.length * 2);
    const kept = feasibleCandidates(st, r, alive, sums);
    if (kept !== undefined) {
      sums.moveRow(r, false);
      domains[r] = kept;
      st.refresh(r);
      sums.moveRow(r, true);
      // The rows sharing a constraint with r, in the order the constraints and terms list them.
      stamp++;
      for (let i = st.rowTermsAt[r]!, end = st.rowTermsAt[r + 1]!; i < end; i++) {
        const c = st.rowConstraints[i]!;
        for (let t = st.start[c]!; t < st.start[c + 1]!; t++) {
          const x = st.termRow[t]!;
          if (x === r || seen[x] === stamp) continue;
          seen[x] = stamp;
          if (!queued[x]) {
            queued[x] = 1;
            work.push(x);
          }
        }
      }
    }
  }
}

/**
 * Propagation's filter: the candidates of row r that every constraint of r allows, with r
 * placed and every other row open (as `feasible` with nothing else assigned), when they are
 * some but not all of its domain (undefined otherwise: the domain stays, and no list is made).
 * The other terms' bounds do not depend on r's candidate, so each constraint sums them once;
 * cents are integers, so the sums are exact in any order. `alive` is scratch space of at least
 * the domain's length.
 */
function feasibleCandidates(
  st: SolverState,
  r: number,
  alive: Uint8Array,
  sums: TermSums,
): number[] | undefined {
  const dom = st.domains[r]!;
  alive.fill(1, 0, dom.length);
  for (let i = st.rowTermsAt[r]!, end = st.rowTermsAt[r + 1]!; i < end; i++) {
    const c = st.rowConstraints[i]!;
    if (sums.state[c] === STALE) sums.measure(c);
    if (sums.state[c] === PLAIN) filterByOwnTerm(st, c, st.rowTerms[i]!, sums, dom, alive);
    else filterBy(st, c, r, dom, alive);
  }
  let count = 0;
  for (let j = 0; j < dom.length; j++) count += alive[j]!;
  if (count === 0 || count === dom.length) return undefined;
  const kept: number[] = [];
  for (let j = 0; j < dom.length; j++) if (alive[j] === 1) kept.push(dom[j]!);
  return kept;
}

const STALE = 0;
/** Every row once and every cell known: filterByOwnTerm applies. */
const PLAIN = 1;
/** A row twice, an unknown cell or an empty domain: filterBy reads the terms in order. */
const IRREGULAR = 2;

/**
 * Each constraint's sum of its terms' bounds (as filterBy sums the other terms), measured when
 * first asked and kept up to date as rows narrow: a row's filter then takes its own term out
 * instead of summing the others (a row sum of k children cost k² term reads per propagation
 * round). Cents are integers, so the sums and differences are exact in any order.
 */
class TermSums {
  readonly state: Uint8Array;
  readonly min: Float64Array;
  readonly max: Float64Array;
  readonly nonzero: Int32Array;
  /** Rows met in the measure under way: seen[row] === measures. */
  private readonly seen: Int32Array;
  private measures = 0;

  constructor(private readonly st: SolverState) {
    const count = st.constraintCount;
    this.state = uint8Array(count);
    const bounds = float64Array(2 * count);
    this.min = bounds.subarray(0, count);
    this.max = bounds.subarray(count);
    [this.nonzero, this.seen] = int32Arrays(count, st.n);
  }

  measure(c: number): void {
    const st = this.st;
    let min = 0;
    let max = 0;
    let nonzero = 0;
    let state = PLAIN;
    const stamp = ++this.measures;
    for (let t = st.start[c]!, end = st.start[c + 1]!; t < end; t++) {
      const row = st.termRow[t]!;
      if (this.seen[row] === stamp) state = IRREGULAR;
      this.seen[row] = stamp;
      const col = st.termCol[t]!;
      const inside = col < st.width[row]!;
      const l = inside ? st.lo[st.boundsAt[row]! + col]! : 0;
      const h = inside ? st.hi[st.boundsAt[row]! + col]! : 0;
      if (l === Infinity || Number.isNaN(l)) state = IRREGULAR;
      if (st.termSign[t] === 1) {
        min += l;
        max += h;
      } else {
        if (l !== 0 || h !== 0) nonzero++;
        min -= h;
        max -= l;
      }
    }
    this.state[c] = state;
    this.min[c] = min;
    this.max[c] = max;
    this.nonzero[c] = nonzero;
  }

  /**
   * Take row r's terms out of the sums of its PLAIN constraints (`add` false, before its bounds
   * change) or put them back (`add` true, after); a constraint its new bounds make irregular is
   * measured again when next asked.
   */
  moveRow(r: number, add: boolean): void {
    const st = this.st;
    const w = st.width[r]!;
    for (let i = st.rowTermsAt[r]!, end = st.rowTermsAt[r + 1]!; i < end; i++) {
      const c = st.rowConstraints[i]!;
      if (this.state[c] !== PLAIN) {
        this.state[c] = STALE;
        continue;
      }
      const t = st.rowTerms[i]!;
      const col = st.termCol[t]!;
      const l = col < w ? st.lo[st.boundsAt[r]! + col]! : 0;
      const h = col < w ? st.hi[st.boundsAt[r]! + col]! : 0;
      if (l === Infinity || Number.isNaN(l)) {
        this.state[c] = STALE;
        continue;
      }
      const way = add ? 1 : -1;
      if (st.termSign[t] === 1) {
        this.min[c]! += way * l;
        this.max[c]! += way * h;
      } else {
        if (l !== 0 || h !== 0) this.nonzero[c]! += way;
        this.min[c]! -= way * h;
        this.max[c]! -= way * l;
      }
    }
  }
}

/** filterBy for a row with one term in a PLAIN constraint, from the constraint's sums. */
function filterByOwnTerm(
  st: SolverState,
  c: number,
  own: number,
  sums: TermSums,
  dom: readonly number[],
  alive: Uint8Array,
): void {
  const r = st.termRow[own]!;
  const col = st.termCol[own]!;
  const sign = st.termSign[own]!;
  const w = st.width[r]!;
  const l = col < w ? st.lo[st.boundsAt[r]! + col]! : 0;
  const h = col < w ? st.hi[st.boundsAt[r]! + col]! : 0;
  // The other terms' sums: the constraint's without this term's share.
  const otherMin = sums.min[c]! - (sign === 1 ? l : -h);
  const otherMax = sums.max[c]! - (sign === 1 ? h : -l);
  const otherNonzero = sums.nonzero[c]! - (sign === -1 && (l !== 0 || h !== 0) ? 1 : 0);
  const open = st.start[c + 1]! - st.start[c]! > 1;
  if (holdsForAll(st, own, otherMin, otherMax)) return;
  const first = st.firstTotalTerm(c);
  const firstRow = first < 0 ? -1 : st.termRow[first]!;
  // The total's blankness, when the total is another row's (the same for every candidate).
  const otherZero =
    first >= 0 && firstRow !== r && st.openCellIsBlank(firstRow, st.termCol[first]!);
  const cs = st.cells;
  for (let j = 0; j < dom.length; j++) {
    if (alive[j] === 0) continue;
    const base = st.cellsAt[r]! + dom[j]! * w;
    const v = col < w ? cs[base + col]! : 0;
    const min = otherMin + sign * v;
    const max = otherMax + sign * v;
    const nonzero = otherNonzero + (sign === -1 && v !== 0 ? 1 : 0);
    let zero: boolean;
    if (first < 0) zero = false;
    else if (first === own) zero = v === 0;
    else zero = otherZero;
    const tol = zero ? 0 : tolerance(open ? st.parts[c]! : nonzero);
    if (!(min <= tol && max >= -tol)) alive[j] = 0;
  }
}

function filterBy(
  st: SolverState,
  c: number,
  r: number,
  dom: readonly number[],
  alive: Uint8Array,
): void {
  const start = st.start[c]!;
  const end = st.start[c + 1]!;
  let otherMin = 0;
  let otherMax = 0;
  let otherNonzero = 0;
  let open = false;
  // r's own terms (most often one): counted here, read again per candidate below.
  let ownCount = 0;
  let ownFirst = -1;
  for (let t = start; t < end; t++) {
    const row = st.termRow[t]!;
    if (row === r) {
      if (ownCount++ === 0) ownFirst = t;
      continue;
    }
    const col = st.termCol[t]!;
    const inside = col < st.width[row]!;
    const l = inside ? st.lo[st.boundsAt[row]! + col]! : 0;
    const h = inside ? st.hi[st.boundsAt[row]! + col]! : 0;
    // An empty domain elsewhere: term order decides between it and an unknown cell.
    if (l === Infinity) return filterSlowly(st, c, r, dom, alive);
    if (Number.isNaN(l)) return; // an unknown cell: nothing to check
    open = true;
    if (st.termSign[t] === 1) {
      otherMin += l;
      otherMax += h;
    } else {
      if (l !== 0 || h !== 0) otherNonzero++;
      otherMin -= h;
      otherMax -= l;
    }
  }
  if (ownCount === 1 && holdsForAll(st, ownFirst, otherMin, otherMax)) return;
  const first = st.firstTotalTerm(c);
  const firstRow = first < 0 ? -1 : st.termRow[first]!;
  // The total's blankness, when the total is another row's (the same for every candidate).
  const otherZero =
    first >= 0 && firstRow !== r && st.openCellIsBlank(firstRow, st.termCol[first]!);
  const cs = st.cells;
  const w = st.width[r]!;
  for (let j = 0; j < dom.length; j++) {
    if (alive[j] === 0) continue;
    const base = st.cellsAt[r]! + dom[j]! * w;
    let min = otherMin;
    let max = otherMax;
    let nonzero = otherNonzero;
    let unknown = false;
    for (let t = ownFirst; t < end; t++) {
      if (st.termRow[t] !== r) continue;
      const col = st.termCol[t]!;
      const v = col < w ? cs[base + col]! : 0;
      if (Number.isNaN(v)) {
        unknown = true;
        break;
      }
      if (st.termSign[t] === 1) {
        min += v;
        max += v;
      } else {
        if (v !== 0) nonzero++;
        min -= v;
        max -= v;
      }
    }
    if (unknown) continue;
    let zero: boolean;
    if (first < 0) zero = false;
    else if (firstRow === r) {
      const col = st.termCol[first]!;
      zero = (col < w ? cs[base + col]! : 0) === 0;
    } else zero = otherZero;
    const tol = zero ? 0 : tolerance(open ? st.parts[c]! : nonzero);
    if (!(min <= tol && max >= -tol)) alive[j] = 0;
  }
}

/**
 * Every candidate of the term's row puts a cell within the row's bounds [l, h] in the term's
 * column: when both ends hold with no rounding at all, every candidate holds (tolerances are
 * ≥ 0) and none need be looked at. Most row sums hold so before the search narrows anything.
 */
function holdsForAll(st: SolverState, t: number, otherMin: number, otherMax: number): boolean {
  const r = st.termRow[t]!;
  const col = st.termCol[t]!;
  const sign = st.termSign[t]!;
  const inside = col < st.width[r]!;
  const l = sign * (inside ? st.lo[st.boundsAt[r]! + col]! : 0);
  const h = sign * (inside ? st.hi[st.boundsAt[r]! + col]! : 0);
  // An unknown cell (NaN) fails both comparisons: the candidates are looked at one by one.
  return otherMin + Math.max(l, h) <= 0 && otherMax + Math.min(l, h) >= 0;
}

function filterSlowly(
  st: SolverState,
  c: number,
  r: number,
  dom: readonly number[],
  alive: Uint8Array,
): void {
  for (let j = 0; j < dom.length; j++) {
    if (alive[j] === 0) continue;
    st.assigned[r] = dom[j]!;
    if (!st.feasible(c)) alive[j] = 0;
    st.assigned[r] = -1;
  }
}
