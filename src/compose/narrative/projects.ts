// 七: one subsection per 一般公共预算 project, in the order of the 项目支出 table (unit, then 项).
import { fenOf, roundFen } from '../amounts.js';
import { isGeneral, type ComposeContext } from '../lines.js';
import type { ProjectNote } from '../input/schema.js';
import { money } from './format.js';

export interface ProjectFacts {
  readonly name: string;
  readonly unit: string;
  readonly code: string;
  /** 预算安排规模, printed cents. */
  readonly scale: number;
  readonly note?: ProjectNote;
}

/** General-budget projects in 表7 order. */
export function generalProjects(ctx: ComposeContext): ProjectFacts[] {
  const byKey = new Map<string, { name: string; unit: string; code: string; fen: number }>();
  for (const l of ctx.lines) {
    if (!isGeneral(l) || l.basic) continue;
    const key = `${l.unit}|${l.functionCode}|${l.project ?? ''}`;
    const p = byKey.get(key) ?? {
      name: l.project ?? '',
      unit: l.unit,
      code: l.functionCode,
      fen: 0,
    };
    p.fen += l.fen;
    byKey.set(key, p);
  }
  const units = ctx.units;
  return [...byKey.values()]
    .sort((a, b) => units.indexOf(a.unit) - units.indexOf(b.unit) || a.code.localeCompare(b.code))
    .map((p) => {
      const note = ctx.input.projects.find(
        (n) => n.name === p.name && (n.unit === undefined || n.unit === p.unit),
      );
      return {
        name: p.name,
        unit: p.unit,
        code: p.code,
        scale: roundFen(p.fen, ctx.unit),
        ...(note ? { note } : {}),
      };
    });
}

export function allocationText(
  ctx: ComposeContext,
  note: ProjectNote | undefined,
): string | undefined {
  if (!note) return undefined;
  if (note.allocation) return note.allocation;
  const items = note.allocationItems ?? [];
  if (items.length === 0) return undefined;
  return (
    items
      .map((i) => `${i.name}${money(roundFen(fenOf(i.amount), ctx.unit), ctx.unit)}`)
      .join('；') + '。'
  );
}

export function projectSections(ctx: ComposeContext) {
  return generalProjects(ctx).map((p) => {
    const body = [
      ...(p.note?.basis ? [`设立的政策依据：${p.note.basis}`] : []),
      `预算安排规模：${money(p.scale, ctx.unit)}`,
      `项目承担单位：${p.note?.unit ?? p.unit}`,
    ];
    const alloc = allocationText(ctx, p.note);
    if (alloc) body.push(`资金分配情况：${alloc}`);
    if (p.note?.period) body.push(`资金执行时间：${p.note.period}`);
    // One field a line; each closes its sentence so the joined text reads as the seeds'.
    return {
      title: `项目名称：${p.name}`,
      body: body.map((b) => (/[。；]$/.test(b) ? b : `${b}。`)),
    };
  });
}
