// bench/parse: documents per second parsing the two seeds (text → Disclosure), on one core.
// Target (issue 2): ≥ 200 documents/s. Prints numbers; asserts nothing.
import { existsSync, readFileSync } from 'node:fs';
import { textLayout } from '../src/ingest/index.js';
import { parseDisclosure } from '../src/parse/index.js';
import { segment } from '../src/parse/segment.js';
import { parseTables } from '../src/parse/tables/index.js';
import { parseNarrative } from '../src/parse/narrative/index.js';
import { parsePerformanceTables } from '../src/parse/performance/index.js';

const SEEDS = new URL('../../shared/seeds/', import.meta.url);
const NAMES = ['000_c55cbe189efa8a40.txt', '004_88207d3c283235c9.txt'];
const missing = NAMES.filter((n) => !existsSync(new URL(n, SEEDS)));
if (missing.length) {
  console.error(`bench/parse needs ../shared/seeds (missing: ${missing.join(', ')})`);
  process.exit(2);
}
const docs = NAMES.map((n) => ({ name: n, bytes: readFileSync(new URL(n, SEEDS)) }));
const seconds = Number(process.argv[2] ?? 5);

function time(label: string, fn: () => void): void {
  for (let i = 0; i < 10; i++) fn(); // warm up the JIT
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  let n = 0;
  while (performance.now() - start < seconds * 1000) {
    fn();
    n++;
  }
  const wall = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSec = (cpu.user + cpu.system) / 1e6;
  console.log(
    `${label.padEnd(34)} ${(n / wall).toFixed(1).padStart(8)} /s wall  ${((cpuSec / n) * 1000).toFixed(2).padStart(7)} ms cpu each`,
  );
}

console.log(`node ${process.version}; ${seconds}s per measurement`);
for (const d of docs) {
  time(`parse ${d.name}`, () => parseDisclosure(textLayout(d.bytes, d.name)));
}
time('parse both seeds (per document)', () => {
  for (const d of docs) parseDisclosure(textLayout(d.bytes, d.name));
});
for (const d of docs) {
  const layout = textLayout(d.bytes, d.name);
  const parts = segment(layout.lines);
  time(`  tables ${d.name.slice(0, 3)}`, () =>
    parseTables(parts.tables, { unit: '万元', knownUnits: [] }),
  );
  time(`  narrative ${d.name.slice(0, 3)}`, () =>
    parseNarrative(parts.narrative, { unit: '万元' }),
  );
  time(`  绩效目标表 ${d.name.slice(0, 3)}`, () => parsePerformanceTables(parts.performance));
}
