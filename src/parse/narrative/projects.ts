// Projects of the 项目支出情况说明 (七、 in both seeds): one per 项目名称, with its labelled fields
// (projects-fields) and its 资金分配 items (projects-allocation). A 资金分配情况 printed inside the
// wrong project (seed 000: (四) holds two, the first — 55+27+30+32+15+20+3 = 182 — is (三)'s, whose
// 规模 is 182.00 and which has none) is moved by arithmetic: to the project that lacks one and
// whose 规模 equals its sum. Position never decides.
import type { LayoutLine } from '../../model/layout.js';
import {
  type AmountUnit,
  type Cents,
  fromCents,
  parseAmountText,
  sumCents,
  toCents,
} from '../../model/money.js';
import type { ParseWarning } from '../../model/parse-warning.js';
import type { Project } from '../../model/project.js';
import { sourceRef, trimEndChars } from '../text/prose.js';
import { findSection, findSections, type SectionLines, sectionSpan } from './matters-sections.js';
import { type AllocationRead, allocationItems } from './projects-allocation.js';
import {
  appendToField,
  chooseField,
  type FieldDraft,
  fieldText,
  newField,
  piecesOf,
} from './projects-fields.js';

export interface ProjectsContext {
  /** Unit of amounts when the text prints none (default 万元). */
  unit?: AmountUnit;
  /** The narrative's sections (parseNarrative's `sectionLines`); found here when absent. */
  sections?: readonly SectionLines[];
}

export interface ProjectsResult {
  projects: Project[];
  warnings: ParseWarning[];
}

interface Draft {
  number?: string;
  at: LayoutLine;
  fields: FieldDraft[];
}

interface Allocation {
  text: string;
  read: AllocationRead;
  /** Sum of the items when all are read, else the stated total. */
  sum?: Cents;
  at: LayoutLine;
}

const SCALE = /(?<![\d.,，])((?:\d{1,3}(?:[,，]\d{3})+|\d{1,15})(?:\.\d{1,6})?)\s*(万元|元)/;
const TRAILING_STOP = '。；;，, \t';

/** The lines of the 项目支出 section; without one, from the first 项目名称 on. */
function projectLines(
  lines: readonly LayoutLine[],
  sections: readonly SectionLines[],
): readonly LayoutLine[] {
  const titled = findSection(sections, /项目支出/);
  if (titled) return sectionSpan(sections, titled);
  const first = lines.findIndex((l) => piecesOf(l).some((p) => p.field === 'name'));
  return first === -1 ? [] : lines.slice(first);
}

function draftsOf(lines: readonly LayoutLine[], warnings: ParseWarning[]): Draft[] {
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  for (const line of lines) {
    for (const piece of piecesOf(line)) {
      if (piece.field === 'name') {
        const fields = [newField('name', piece.text, line)];
        current = piece.number ? { number: piece.number, at: line, fields } : { at: line, fields };
        drafts.push(current);
      } else if (piece.field && current) {
        current.fields.push(newField(piece.field, piece.text, line));
      } else {
        const target =
          current && !piece.field ? chooseField(current.fields, piece.text) : undefined;
        if (target) appendToField(target, piece.text);
        else
          warnings.push({
            code: 'text-unplaced',
            message: `项目支出: text outside any project field: ${piece.text}`,
            at: sourceRef(line),
          });
      }
    }
  }
  return drafts;
}

export function parseProjects(
  lines: readonly LayoutLine[],
  ctx: ProjectsContext = {},
): ProjectsResult {
  const warnings: ParseWarning[] = [];
  const sections = ctx.sections ?? findSections(lines);
  const drafts = draftsOf(projectLines(lines, sections), warnings);
  const built = drafts.map((d) => build(d, ctx.unit ?? '万元', warnings));
  placeAllocations(built, warnings);
  return { projects: built.map((b) => b.project), warnings };
}

interface Built {
  project: Project;
  allocations: Allocation[];
  scaleCents?: Cents;
}

function build(draft: Draft, fallbackUnit: AmountUnit, warnings: ParseWarning[]): Built {
  // A single-valued field; names, units and periods lose their closing 。, prose keeps it.
  const one = (field: FieldDraft['field'], strip = true): string | undefined => {
    const found = draft.fields.filter((f) => f.field === field);
    for (const extra of found.slice(1))
      warnings.push({
        code: 'field-unplaced',
        message: `项目 ${draft.number ?? ''}: a second ${field} was ignored: ${fieldText(extra)}`,
        at: sourceRef(extra.line),
      });
    const first = found[0] ? fieldText(found[0]) : undefined;
    const text = strip && first !== undefined ? trimEndChars(first, TRAILING_STOP) : first;
    return text === '' ? undefined : text;
  };
  const name = one('name') ?? '';
  if (!name)
    warnings.push({ code: 'field-unplaced', message: '项目: no name', at: sourceRef(draft.at) });
  const scaleText = one('scale');
  const scale = scaleText === undefined ? undefined : SCALE.exec(scaleText);
  const unit = (scale?.[2] as AmountUnit | undefined) ?? fallbackUnit;
  const scaleCents = scale ? parseAmountText(scale[1] ?? '') : undefined;
  if (scaleText !== undefined && scaleCents === undefined)
    warnings.push({
      code: 'field-unplaced',
      message: `项目 ${name}: 预算安排规模 not read as an amount: ${scaleText}`,
      at: sourceRef(draft.at),
    });
  const basis = one('basis', false);
  const owner = one('owner');
  const period = one('period');
  const allocations = draft.fields
    .filter((f) => f.field === 'allocation')
    .map((f) => allocation(fieldText(f), unit, f.line, warnings));
  // Optional fields are assigned in the schema's key order (spreading `{}` or `{ x }` for each
  // cost more than the rest of build); `unit` and `at` are set in their places.
  const project = (draft.number ? { number: draft.number, name } : { name }) as Project;
  if (basis) project.basis = basis;
  if (scaleCents !== undefined) project.scale = fromCents(scaleCents);
  project.unit = unit;
  if (owner) project.owner = owner;
  if (period) project.period = period;
  project.at = sourceRef(draft.at) ?? {};
  const built: Built = { project, allocations };
  if (scaleCents !== undefined) built.scaleCents = scaleCents;
  return built;
}

function allocation(
  text: string,
  unit: AmountUnit,
  at: LayoutLine,
  warnings: ParseWarning[],
): Allocation {
  const read = allocationItems(text, unit);
  for (const u of read.unreadable)
    warnings.push({
      code: 'field-unplaced',
      message: `资金分配情况: amount not read exactly: ${u}`,
      at: sourceRef(at),
    });
  const amounts = read.items.map((i) => i.amount);
  const complete = amounts.length > 0 && amounts.every((a) => a !== undefined);
  const sum = complete ? sumCents(read.items.map((i) => toCents(i.amount ?? 0))) : read.total;
  return sum === undefined ? { text, read, at } : { text, read, sum, at };
}

/** Keep each project's own 资金分配; move extras by arithmetic (see the file comment). */
function placeAllocations(built: readonly Built[], warnings: ParseWarning[]): void {
  const chosen = new Map<Built, Allocation>();
  const orphans: Allocation[] = [];
  for (const b of built) {
    if (b.allocations.length === 0) continue;
    const own = b.allocations.find((a) => a.sum !== undefined && a.sum === b.scaleCents);
    const keep = own ?? (b.allocations[0] as Allocation);
    chosen.set(b, keep);
    orphans.push(...b.allocations.filter((a) => a !== keep));
  }
  for (const orphan of orphans) {
    const fits = built.filter(
      (b) => !chosen.has(b) && b.scaleCents !== undefined && b.scaleCents === orphan.sum,
    );
    if (fits.length === 1) chosen.set(fits[0] as Built, orphan);
    else
      warnings.push({
        code: 'field-unplaced',
        message: `资金分配情况 printed inside another project fits ${fits.length} projects by amount: ${orphan.text}`,
        at: sourceRef(orphan.at),
      });
  }
  for (const [b, a] of chosen) b.project.allocation = { text: a.text, items: a.read.items };
}
