// Rows and label assignments to Indicators, with a warning for every cell that could not be
// read with certainty (the text is kept in the indicator or, for stray text, in the message).
import type { ParseWarning } from '../../model/parse-warning.js';
import type { Indicator } from '../../model/performance.js';
import type { Piece } from './pieces.js';
import { cellText, type Row } from './rows.js';
import type { Assignment, LevelEvent } from './spans.js';
import { optionalAt, TABLE, type TableDraft } from './table.js';
import { isCompactNoValue, parseCompactValue } from './value.js';

export function buildIndicators(
  draft: TableDraft,
  events: readonly LevelEvent[],
  assignment: Assignment,
  warnings: ParseWarning[],
): Indicator[] {
  const { pieces, rows, slots, columns, where } = draft;
  const out: Indicator[] = [];
  // What every row is checked against: the table's columns, asked once.
  const needs1 = columns.includes('level1');
  const needs2 = columns.includes('level2');
  const needsWeight = slots.includes('weight');
  // Each column's slot index (-1 when the table has none), for reading the rows' cells.
  const nameAt = slots.indexOf('name');
  const valueAt = slots.indexOf('value');
  const basisAt = slots.indexOf('basis');
  const lastYearAt = slots.indexOf('lastYear');
  const weightAt = slots.indexOf('weight');
  const scoringAt = slots.indexOf('scoring');
  const evidenceAt = slots.indexOf('evidence');
  rows.forEach((row, r) => {
    const l1 = assignment.level1[r];
    const l2 = assignment.level2[r];
    const name = cellText(pieces, row, nameAt) ?? '';
    const valueText = cellText(pieces, row, valueAt) ?? '';
    const indicator: Indicator = {
      level1: l1 === undefined ? '' : (events[l1] as LevelEvent).name,
      level2: l2 === undefined ? '' : (events[l2] as LevelEvent).name,
      name,
      // (Pieces hold no spaces, so neither do their joins: values are read as compact.)
      value: parseCompactValue(valueText),
    };
    const basis = cellText(pieces, row, basisAt);
    if (basis) indicator.basis = basis;
    const lastYear = cellText(pieces, row, lastYearAt);
    if (lastYear && !isCompactNoValue(lastYear)) indicator.lastYear = parseCompactValue(lastYear);
    const weight = cellText(pieces, row, weightAt);
    if (weight) indicator.weight = Number(weight);
    const scoring = cellText(pieces, row, scoringAt);
    if (scoring) indicator.scoring = scoring;
    const evidence = cellText(pieces, row, evidenceAt);
    if (evidence) indicator.evidence = evidence;
    out.push(indicator);

    const problems: string[] = [];
    if (needs1 && l1 === undefined) problems.push('no 一级指标 covers it');
    if (needs2 && l2 === undefined) problems.push('no 二级指标 covers it');
    if (row.missing.length) problems.push(`the table ends before its ${row.missing.join(', ')}`);
    if (!valueText && !row.missing.includes('value')) problems.push('no 指标值');
    if (needsWeight && !weight && !row.missing.includes('weight')) problems.push('no 分值权重');
    if (problems.length)
      warnings.push({
        code: 'indicator-unparsed',
        message: `${where}: indicator "${name}": ${problems.join('; ')}`,
        table: TABLE,
        row: name,
        ...optionalAt(firstLine(pieces, row)),
      });
  });
  return out;
}

function firstLine(pieces: readonly Piece[], row: Row) {
  return pieces[row.first]?.line;
}
