// Warm cost of parsePerformanceTables per seed document: `npx tsx bench/performance-tables.ts`.
// Prints numbers only. The machine is shared (2 cores, other engineers' tests), so besides wall
// time it reports this process's own CPU time (process.cpuUsage), which other load disturbs less;
// the median of several runs is the figure to compare.
import { existsSync, readFileSync } from 'node:fs';
import { textLayout } from '../src/ingest/index.js';
import type { LayoutLine } from '../src/model/layout.js';
import { parsePerformanceTables } from '../src/parse/performance/index.js';
import { segment } from '../src/parse/segment.js';

const SEEDS = new URL('../../shared/seeds/', import.meta.url);
const SEED_NAMES = ['000_c55cbe189efa8a40.txt', '004_88207d3c283235c9.txt'];
/** JIT warm-up: this long of repeated parsing before any timing. */
const WARMUP_MS = 1000;
/** Each timed run lasts about this long, so timer resolution does not matter. */
const RUN_MS = 300;
/** Timed runs per seed; the median is reported. */
const RUNS = 7;

if (!existsSync(SEEDS)) {
  console.error(`bench/performance-tables: seeds not found at ${SEEDS.pathname} (needs ../shared)`);
  process.exit(1);
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

/** Repeat `fn` for about `ms` of wall time; the number of calls made. */
function repeatFor(ms: number, fn: () => void): number {
  const end = performance.now() + ms;
  let n = 0;
  while (performance.now() < end) {
    fn();
    n++;
  }
  return n;
}

function bench(name: string, tables: readonly (readonly LayoutLine[])[]): void {
  const parse = () => void parsePerformanceTables(tables);
  const calls = repeatFor(WARMUP_MS, parse);
  const perRun = Math.max(1, Math.round((calls * RUN_MS) / WARMUP_MS));
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (let k = 0; k < perRun; k++) parse();
    const t1 = performance.now();
    const used = process.cpuUsage(cpu0);
    wall.push((t1 - t0) / perRun);
    cpu.push((used.user + used.system) / 1000 / perRun);
  }
  const { targets } = parsePerformanceTables(tables);
  const indicators = targets.reduce((n, t) => n + t.indicators.length, 0);
  console.log(
    `${name}: ${tables.length} tables, ${indicators} indicators, ${perRun} calls/run x ${RUNS}` +
      ` | wall ms/doc median ${median(wall).toFixed(3)} (min ${Math.min(...wall).toFixed(3)})` +
      ` | cpu ms/doc median ${median(cpu).toFixed(3)} (min ${Math.min(...cpu).toFixed(3)})`,
  );
}

for (const name of SEED_NAMES) {
  const layout = textLayout(readFileSync(new URL(name, SEEDS)), name);
  bench(name, segment(layout.lines).performance);
}
