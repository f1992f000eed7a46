// bench/render: documents per second for each output format, rendering seed 000 as parsed
// (targets, issue 4: ≥ 100 HTML/s, ≥ 5 PDF/s), and compose + render of the line-item fixture
// test/fixtures/compose/seed-000.yaml when the compose stage is present. Prints numbers; asserts
// nothing. `npx tsx bench/render.ts [seconds]` (default 2 per format). The machine is shared:
// we report this process's CPU time per document (process.cpuUsage), the median of rounds.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { textLayout } from '../src/ingest/index.js';
import type { Disclosure } from '../src/model/disclosure.js';
import { parseDisclosure } from '../src/parse/index.js';
import {
  renderDisclosure,
  DOCUMENT_FORMATS,
  type DocumentFormat,
} from '../src/render/document/index.js';

const SEED = new URL('../../shared/seeds/000_c55cbe189efa8a40.txt', import.meta.url);
if (!existsSync(SEED)) {
  console.error('bench/render needs ../shared/seeds/000_c55cbe189efa8a40.txt');
  process.exit(2);
}
const seconds = Number(process.argv[2] ?? 2);
const ROUNDS = 5;
const WARMUP = 3;

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Median CPU ms per call of fn over ROUNDS rounds of about seconds / ROUNDS each. */
async function time(fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const perCall: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const wallEnd = performance.now() + (seconds * 1000) / ROUNDS;
    const start = cpuMs();
    let n = 0;
    do {
      await fn();
      n++;
    } while (performance.now() < wallEnd);
    perCall.push((cpuMs() - start) / n);
  }
  return median(perCall);
}

function line(label: string, ms: number, target?: number): void {
  const rate = 1000 / ms;
  const goal = target ? `  (target ≥ ${target}/s: ${rate >= target ? 'met' : 'NOT met'})` : '';
  console.log(
    `${label.padEnd(28)} ${ms.toFixed(2).padStart(8)} ms/doc  ${rate.toFixed(1).padStart(7)} docs/s${goal}`,
  );
}

const d: Disclosure = parseDisclosure(textLayout(readFileSync(SEED), 'seed-000.txt'));
const TARGETS: Partial<Record<DocumentFormat, number>> = { html: 100, pdf: 5 };
console.log(
  `render seed 000 (${d.tables.length} tables), CPU per document, median of ${ROUNDS} rounds`,
);
for (const format of DOCUMENT_FORMATS)
  line(`render ${format}`, await time(() => renderDisclosure(d, format)), TARGETS[format]);

const fixture = fileURLToPath(new URL('../test/fixtures/compose/seed-000.yaml', import.meta.url));
const composeIndex = new URL('../src/compose/index.ts', import.meta.url);
if (existsSync(composeIndex) && existsSync(fixture)) {
  const { compose, readBudgetInput } = await import('../src/compose/index.js');
  const input = await readBudgetInput(fixture);
  line('compose (seed-000.yaml)', await time(async () => compose(input)));
  for (const format of ['html', 'pdf'] as const)
    line(
      `compose + render ${format}`,
      await time(() => renderDisclosure(compose(input).disclosure, format)),
    );
} else {
  console.log('compose: src/compose or test/fixtures/compose/seed-000.yaml absent, not timed');
}
