// bench/compose: documents per second composing seed 000 from its line items (the fixture of
// issue 4), one thread: input validation + tables + narrative (written and read back as facts) +
// summary. Also the time to read the fixture from YAML and from the workbook. Prints numbers;
// asserts nothing. Usage: npx tsx bench/compose.ts [count]
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compose, readBudgetInput, writeTemplate } from '../src/compose/index.js';

const FIXTURE = new URL('../test/fixtures/compose/seed-000.yaml', import.meta.url);
const COUNT = Number(process.argv[2] ?? 2_000);
const WARMUP = 100;

const timeMs = async (f: () => Promise<unknown> | unknown): Promise<number> => {
  const t = performance.now();
  await f();
  return performance.now() - t;
};

const input = await readBudgetInput(FIXTURE.pathname);
const yamlMs = await timeMs(() => readBudgetInput(FIXTURE.pathname));
const dir = mkdtempSync(join(tmpdir(), 'bench-compose-'));
const xlsx = join(dir, 'seed-000.xlsx');
const writeMs = await timeMs(async () => writeFileSync(xlsx, await writeTemplate({ input })));
const xlsxMs = await timeMs(() => readBudgetInput(xlsx));
rmSync(dir, { recursive: true, force: true });

for (let i = 0; i < WARMUP; i++) compose(input);
const start = performance.now();
let rows = 0;
for (let i = 0; i < COUNT; i++) rows += compose(input).disclosure.tables.length;
const seconds = (performance.now() - start) / 1000;

console.log(`compose seed 000 (${input.items.length} line items, 11 tables), ${COUNT} runs:`);
console.log(
  `  ${(COUNT / seconds).toFixed(0)} documents/s  (${((seconds / COUNT) * 1000).toFixed(2)} ms each; ${rows} tables)`,
);
console.log(
  `  read YAML ${yamlMs.toFixed(1)} ms · write workbook ${writeMs.toFixed(0)} ms · read workbook ${xlsxMs.toFixed(0)} ms`,
);
