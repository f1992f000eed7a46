// The documents bench/check measures: variants of parsed disclosures with amounts perturbed,
// rows, tables and facts dropped, numbers left unplaced, tables and facts shuffled. Each variant
// has its own objects, so nothing a rule caches per object carries over. Deterministic per seed.
import type { Disclosure } from '../src/model/disclosure.js';
import { fromCents, toCents } from '../src/model/money.js';
import type { Table, TableRow } from '../src/model/table.js';
import { seededRandom } from '../test/helpers/random.js';

function shuffle<T>(list: T[], rnd: () => number): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

function variantRow(row: TableRow, rnd: () => number): TableRow {
  const values: Record<string, number> = {};
  const unplaced = row.unplaced
    ? row.unplaced.map((u) => ({ ...u, candidates: [...u.candidates] }))
    : [];
  for (const [col, v] of Object.entries(row.values)) {
    const r = rnd();
    if (r < 0.03) {
      // a perturbed amount: a rounding-size or a real difference
      const delta = rnd() < 0.5 ? Math.floor(rnd() * 5) - 2 : Math.floor(rnd() * 20_000) - 10_000;
      values[col] = fromCents(Math.max(0, toCents(v) + delta));
    } else if (r < 0.04) {
      // left unplaced between this column and another
      unplaced.push({ value: v, candidates: [col, 'total'] });
    } else values[col] = v;
  }
  return { ...row, values, ...(unplaced.length ? { unplaced } : {}) };
}

function variantTable(t: Table, rnd: () => number): Table {
  let rows = t.rows.filter(() => rnd() > 0.02).map((r) => variantRow(r, rnd));
  if (rnd() < 0.02) rows = shuffle(rows, rnd);
  return { ...t, columns: t.columns.map((c) => ({ ...c })), rows };
}

function variant(d: Disclosure, rnd: () => number): Disclosure {
  const tables = shuffle(
    d.tables.filter(() => rnd() > 0.05).map((t) => variantTable(t, rnd)),
    rnd,
  );
  const facts = d.narrative.facts
    .filter(() => rnd() > 0.05)
    .map((f) =>
      f.amount !== undefined && rnd() < 0.05
        ? { ...f, amount: fromCents(toCents(f.amount) + 100) }
        : { ...f },
    );
  return {
    ...d,
    tables,
    narrative: {
      sections: d.narrative.sections.map((s) => ({ ...s })),
      facts: rnd() < 0.1 ? shuffle(facts, rnd) : facts,
    },
    projects: [...d.projects],
    performance: [...d.performance],
    glossary: rnd() < 0.05 ? [] : [...d.glossary],
    warnings: [...d.warnings],
  };
}

export function build(count: number, seed: number, seeds: readonly Disclosure[]): Disclosure[] {
  const rnd = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => variant(seeds[i % seeds.length]!, rnd));
}
