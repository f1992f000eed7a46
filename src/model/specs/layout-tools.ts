import type { BlockLayout, ColumnNode, TableLayout, TableSpec } from './types.js';

/** Columns in printed order (pre-order), with the id of the column each one sums into. */
export function flattenColumns(
  nodes: readonly ColumnNode[],
): { id: string; label: string; aliases: readonly string[]; parent?: string }[] {
  const out: { id: string; label: string; aliases: readonly string[]; parent?: string }[] = [];
  const walk = (list: readonly ColumnNode[], parent?: string): void => {
    for (const n of list) {
      out.push({
        id: n.id,
        label: n.label,
        aliases: n.aliases ?? [],
        ...(parent ? { parent } : {}),
      });
      if (n.children) walk(n.children, n.id);
    }
  };
  walk(nodes);
  return out;
}

/** The column identities of a block: each column with children equals their sum. */
export function columnSums(block: BlockLayout): { total: string; parts: string[] }[] {
  const out: { total: string; parts: string[] }[] = [];
  const walk = (list: readonly ColumnNode[]): void => {
    for (const n of list) {
      if (n.children?.length) {
        out.push({ total: n.id, parts: n.children.map((c) => c.id) });
        walk(n.children);
      }
    }
  };
  walk(block.columns);
  return out;
}

export function layoutOf(spec: TableSpec, id: string): TableLayout {
  const layout = spec.layouts.find((l) => l.id === id);
  if (!layout) throw new Error(`table spec ${spec.kind} has no layout ${id}`);
  return layout;
}
