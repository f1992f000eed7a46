// The search (see solver.ts for what is solved): after bounds propagation, each connected group
// of rows is solved on its own; for every candidate left, a search (forward checking, fewest
// candidates first) looks for one solution that uses it. A candidate no solution uses is dropped;
// one whose search runs out of budget is kept.
import type { Placement } from './placement.js';
import type { FixedCell, FlatSums, SolveResult, SolverRow } from './solver.js';
import { propagate } from './solver-propagate.js';
import { SolverState } from './solver-state.js';
import { allIndexes, int32Arrays, uint8Array } from './solver-cells.js';

// Search nodes allowed per candidate's support search, and for all searches of a connected group
// of rows; past them candidates are kept (reported as ambiguous, never guessed away). Tables whose
// arithmetic cannot decide (项目支出 by 经济分类) would otherwise search long to prove it.
export const SEARCH_BUDGET = 5_000;
export const GROUP_BUDGET = 1_500;

/** Solve rows whose equal chains solveSums has merged (see solver.ts). */
export function solveRows(
  rows: readonly SolverRow[],
  sums: FlatSums,
  fixed: readonly FixedCell[],
): SolveResult {
  const st = new SolverState(rows, sums, fixed);
  const { n, domains, assigned } = st;
  propagate(st);

  /** One solution of the group extending the rows already placed, or why there is none. */
  let groupNodes = 0;
  // The current search's nodes and whether it ran out of budget (one step function serves every
  // search: a closure made per search was a visible cost).
  let nodes = 0;
  let exhausted = false;
  let searched: readonly number[] = [];
  const step = (): boolean => {
    groupNodes++;
    if (++nodes > SEARCH_BUDGET || groupNodes > GROUP_BUDGET) {
      exhausted = true;
      return false;
    }
    // The open row with fewest candidates next (forced rows first).
    let r = -1;
    for (const x of searched) {
      if (assigned[x]! < 0 && (r < 0 || domains[x]!.length < domains[r]!.length)) r = x;
    }
    if (r < 0) return true;
    // Domains are replaced, never changed in place: this one stays as it is while we loop.
    for (const k of domains[r]!) {
      assigned[r] = k;
      const mark = st.trailLength;
      if (st.narrow(r) && step()) return true;
      st.undo(mark);
      assigned[r] = -1;
      if (exhausted) return false;
    }
    return false;
  };
  // Whether a solution was found; `exhausted` tells whether the search ran out of budget.
  const search = (group: readonly number[]): boolean => {
    nodes = 0;
    exhausted = false;
    searched = group;
    return step();
  };

  let exact = true;
  const inconsistent: number[] = [];
  const kept = new Kept(rows);
  // Columns some solution gives each printed number: its first column, and whether it has two.
  // A candidate whose every number already has its column supported, or is already known to
  // have two, cannot change what gets placed: it is kept without a search (its columns are
  // listed among the possibilities). Flat arrays, by row from amountAt[r] on.
  const amountAt = offsets(rows, false);
  const [firstCol] = int32Arrays(amountAt[n]!);
  firstCol.fill(-1);
  const twoCols = uint8Array(amountAt[n]!);
  const markSupported = (r: number, k: number): void => {
    kept.mark(r, k);
    const cand = rows[r]!.candidates[k] as Placement;
    for (let i = 0, a = amountAt[r]!; i < cand.length; i++, a++) {
      if (firstCol[a] === -1) firstCol[a] = cand[i]!;
      else if (firstCol[a] !== cand[i]) twoCols[a] = 1;
    }
  };
  const decided = (r: number, k: number): boolean => {
    const cand = rows[r]!.candidates[k] as Placement;
    for (let i = 0, a = amountAt[r]!; i < cand.length; i++, a++)
      if (twoCols[a] === 0 && firstCol[a] !== cand[i]) return false;
    return true;
  };
  for (const group of groups(n, st)) {
    let anySolution = false;
    groupNodes = 0;
    const settled = settle(st, group, kept);
    if (settled !== undefined) {
      if (!settled) {
        if (group.length > 1) inconsistent.push(...group);
        exact = false;
      }
      continue;
    }
    for (const r of group) {
      for (const k of domains[r]!) {
        if (kept.has(r, k)) continue;
        if (anySolution && decided(r, k)) {
          kept.mark(r, k);
          continue;
        }
        if (groupNodes > GROUP_BUDGET) {
          exact = false;
          kept.mark(r, k);
          continue;
        }
        const mark = st.trailLength;
        assigned[r] = k;
        let found = false;
        if (st.narrow(r)) found = search(group);
        else exhausted = false;
        if (found) {
          anySolution = true;
          for (const x of group) {
            markSupported(x, assigned[x]!);
            assigned[x] = -1;
          }
        } else assigned[r] = -1; // a failed search leaves only r placed
        st.undo(mark);
        if (found) continue;
        if (exhausted) {
          exact = false;
          kept.mark(r, k);
        } else if (domains[r]!.length > 1) {
          domains[r] = domains[r]!.filter((x) => x !== k);
          st.refresh(r);
        }
      }
    }
    if (!anySolution && group.some((r) => domains[r]!.length > 0)) {
      // No placement satisfies the group's arithmetic: keep what propagation left.
      if (group.length > 1) inconsistent.push(...group);
      exact = false;
      for (const r of group) {
        kept.clear(r);
        for (const k of domains[r]!) kept.mark(r, k);
      }
    }
  }
  return { kept: rows.map((_, r) => kept.indexes(r)), exact, inconsistent };
}

/**
 * Start of each row's run in one flat array, a run per candidate (or per amount): the last
 * entry is the total.
 */
function offsets(rows: readonly SolverRow[], byCandidate: boolean): Int32Array {
  const [out] = int32Arrays(rows.length + 1);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    out[i + 1] = out[i]! + (byCandidate ? row.candidates.length : row.amounts.length);
  }
  return out;
}

/** Which candidates of each row some solution uses (or could not be ruled out): one flat array
 * for the whole table rather than one per row. */
class Kept {
  private readonly at: Int32Array;
  private readonly marks: Uint8Array;

  constructor(rows: readonly SolverRow[]) {
    this.at = offsets(rows, true);
    this.marks = uint8Array(this.at[rows.length]!);
  }

  has(r: number, k: number): boolean {
    return this.marks[this.at[r]! + k] === 1;
  }

  mark(r: number, k: number): void {
    this.marks[this.at[r]! + k] = 1;
  }

  clear(r: number): void {
    this.marks.fill(0, this.at[r]!, this.at[r + 1]!);
  }

  /**
   * The kept candidates of row r. A row keeping every candidate (most rows: one candidate, or
   * many the arithmetic cannot tell apart) shares one list per count (read only).
   */
  indexes(r: number): readonly number[] {
    const start = this.at[r]!;
    const end = this.at[r + 1]!;
    let count = 0;
    for (let i = start; i < end; i++) count += this.marks[i]!;
    if (count === end - start && count > 0) return allIndexes(count);
    const out: number[] = [];
    for (let i = start; i < end; i++) if (this.marks[i] === 1) out.push(i - start);
    return out;
  }
}

// Groups this size or smaller whose rows have one candidate each are settled without a search:
// the search would place them in at most this many nodes, far below GROUP_BUDGET.
const SETTLE_MAX_ROWS = 1_000;

/**
 * A group the search would settle without choosing anything: a row under no constraint keeps
 * its whole domain (each candidate is a solution on its own), and rows with one candidate each
 * keep it (whether or not the group's arithmetic holds, which is returned). Undefined when the
 * group needs the search.
 */
function settle(st: SolverState, group: readonly number[], kept: Kept): boolean | undefined {
  const { domains, assigned } = st;
  if (group.length === 1 && !st.constrained(group[0]!)) {
    const r = group[0]!;
    if (domains[r]!.length > GROUP_BUDGET) return undefined;
    for (const k of domains[r]!) kept.mark(r, k);
    return true;
  }
  if (group.length > SETTLE_MAX_ROWS || group.some((r) => domains[r]!.length !== 1))
    return undefined;
  for (const r of group) assigned[r] = domains[r]![0]!;
  // Each constraint once: from the row of its first term (all its rows are in the group).
  const holds = group.every((r) => constraintsHold(st, r));
  for (const r of group) {
    assigned[r] = -1;
    kept.mark(r, domains[r]![0]!);
  }
  return holds;
}

/** Do the constraints whose first term is row r's hold (rows placed)? */
function constraintsHold(st: SolverState, r: number): boolean {
  for (let i = st.rowTermsAt[r]!, end = st.rowTermsAt[r + 1]!; i < end; i++) {
    const c = st.rowConstraints[i]!;
    if (st.termRow[st.start[c]!] === r && !st.feasible(c)) return false;
  }
  return true;
}

/** Connected groups of rows (rows sharing a constraint), in order of their first row. */
function groups(n: number, st: SolverState): number[][] {
  const parent: number[] = [];
  for (let i = 0; i < n; i++) parent.push(i);
  for (let c = 0; c < st.constraintCount; c++) {
    const first = st.termRow[st.start[c]!]!;
    for (let t = st.start[c]!; t < st.start[c + 1]!; t++)
      parent[root(parent, st.termRow[t]!)] = root(parent, first);
  }
  // Each root's group, listed when its first row is met.
  const groupOf: (number[] | undefined)[] = [];
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    const r = root(parent, i);
    const list = groupOf[r];
    if (list) list.push(i);
    else out.push((groupOf[r] = [i]));
  }
  return out;
}

/** The root of x's tree in a union-find forest, halving the path on the way. */
export function root(parent: number[], x: number): number {
  while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
  return x;
}
