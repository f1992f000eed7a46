// Where a finding's location points in the disclosure: the table row (by row key, told apart by
// the source line) and the narrative section (by printed number, parent and line).
import { rowKey } from '../../check/index.js';
import type { FindingLocation } from '../../model/finding.js';
import type { NarrativeSection } from '../../model/narrative.js';
import type { Table } from '../../model/table.js';

/** The index of the row of `table` a location names (by row key, and source line when given). */
export function rowIndexOf(table: Table, loc: FindingLocation): number | undefined {
  if (!loc.row) return undefined;
  let first: number | undefined;
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows[i]!;
    if (rowKey(r) !== loc.row) continue;
    if (loc.line === undefined || r.at?.line === loc.line) return i;
    first ??= i;
  }
  return first;
}

/**
 * The narrative section a location names. `section` is a printed number (五, （一）) or a
 * subsection with its parent (五（一）); a number printed under several parents is told apart by
 * the source line when the finding has one.
 */
export function sectionIndexOf(
  sections: readonly NarrativeSection[],
  loc: FindingLocation,
): number | undefined {
  const candidates: number[] = [];
  sections.forEach((s, i) => {
    if (s.number === loc.section || (s.parent && s.parent + s.number === loc.section))
      candidates.push(i);
  });
  const pool = candidates.length ? candidates : loc.line ? sections.map((_, i) => i) : [];
  if (pool.length <= 1 || loc.line === undefined) return pool[0];
  // The last candidate that starts at or before the finding's line.
  let best: number | undefined;
  let bestLine = -1;
  for (const i of pool) {
    const line = sections[i]!.at?.line;
    if (line !== undefined && line <= loc.line && line >= bestLine) {
      best = i;
      bestLine = line;
    }
  }
  return best ?? pool[0];
}
