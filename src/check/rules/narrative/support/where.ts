// Where a narrative finding points: the section and subject of the fact, its line and page, and
// the table cell it was compared with.
import type { FindingLocation } from '../../../../model/finding.js';
import type { FactSubject, NarrativeFact, NarrativeSection } from '../../../../model/narrative.js';
import type { Table, TableRow } from '../../../../model/table.js';
import { describeRow, rowKey } from '../../row-key.js';

/** 五（三） for a subsection, 五 for a section. */
export function sectionLabel(s: Pick<NarrativeFact, 'section' | 'parent'>): string {
  return s.parent ? `${s.parent}${s.section}` : s.section;
}

/** A section's label, as sectionLabel gives it for the facts in it. */
function sectionLabelOf(s: Pick<NarrativeSection, 'number' | 'parent'>): string {
  return s.parent ? `${s.parent}${s.number}` : s.number;
}

/** Whether a fact is in a section: sectionLabel(f) === sectionLabelOf(s), without building them. */
export function isInSection(
  f: Pick<NarrativeFact, 'section' | 'parent'>,
  s: Pick<NarrativeSection, 'number' | 'parent'>,
): boolean {
  return sameLabel(f.section, f.parent, s.number, s.parent);
}

/** Whether two facts are in one section: sectionLabel(f) === sectionLabel(g), not built. */
export function inSameSection(
  f: Pick<NarrativeFact, 'section' | 'parent'>,
  g: Pick<NarrativeFact, 'section' | 'parent'>,
): boolean {
  return sameLabel(f.section, f.parent, g.section, g.parent);
}

function sameLabel(a: string, aParent = '', b: string, bParent = ''): boolean {
  if (aParent === bParent) return a === b;
  if (aParent.length + a.length !== bParent.length + b.length) return false;
  return aParent + a === bParent + b;
}

/** A short, stable name for what a fact is about: general, basic, 2010301, three-public:reception. */
export function subjectLabel(s: FactSubject): string {
  switch (s.kind) {
    case 'total':
      return `total:${s.side}`;
    case 'revenue':
      return s.source;
    case 'expenditure':
      return s.type;
    case 'function':
      return s.code ?? s.path.join('/');
    case 'economic-group':
      return s.group;
    case 'three-public':
      return `three-public:${s.item}`;
    case 'operating-costs':
      return 'operating-costs';
    case 'carryover':
      return `carryover:${s.source}`;
  }
}

export function factLocation(f: NarrativeFact): FindingLocation {
  // Built field by field: conditional spreads cost more than the rest of a narrative rule.
  const out: FindingLocation = {};
  if (f.section) out.section = sectionLabel(f);
  out.subject = subjectLabel(f.subject);
  if (f.at?.line) out.line = f.at.line;
  if (f.at?.page) out.page = f.at.page;
  return out;
}

/** A fact's location together with the table cell it is compared with. */
export function cellLocation(
  f: NarrativeFact,
  table: Table,
  row: TableRow | undefined,
  column: string,
  key?: string,
): FindingLocation {
  const out: FindingLocation = {
    table: table.kind,
  };
  if (table.number) out.tableNumber = table.number;
  if (row) {
    out.row = rowKey(row);
    out.rowName = describeRow(row);
  } else if (key) out.row = key;
  out.column = column;
  return Object.assign(out, factLocation(f));
}

export function sectionLocation(s: NarrativeSection): FindingLocation {
  const out: FindingLocation = {
    section: sectionLabelOf(s),
  };
  if (s.at?.line) out.line = s.at.line;
  if (s.at?.page) out.page = s.at.page;
  return out;
}
