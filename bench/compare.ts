// bench/compare: this checkout against another one (say a worktree at the commit before a
// change), parse and check, in one process. On a shared machine the CPU time of one whole run
// drifts by tens of percent with other load, so comparing two separate runs of bench/parse or
// bench/check says little about a change of 10%. Here both builds run in one process in
// alternating rounds, the side that goes first alternating too, so load hits both alike; the
// median of the per-round ratios is the figure to read. Both sides parse the same seeds and
// check the same variants (built by this checkout). Prints numbers; asserts nothing.
// Its check figure is not to be trusted to 20%: against an identical checkout it printed ×0.798,
// ×0.982 and ×1.024 in three runs (each side's code is optimised by V8 on its own, and not alike
// from one process to the next). Run it several times and read the spread.
// Usage: npx tsx bench/compare.ts OTHER_CHECKOUT [parse|check|both] [rounds]
// The other checkout needs its node_modules (or a symlink to these).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as thisCheck from '../src/check/index.js';
import * as thisIngest from '../src/ingest/index.js';
import * as thisParse from '../src/parse/index.js';
import type { Disclosure } from '../src/model/disclosure.js';
import { build } from './check-variants.js';

const [otherArg, what = 'both', roundsArg] = process.argv.slice(2);
const SEEDS = new URL('../../shared/seeds/', import.meta.url);
const NAMES = ['000_c55cbe189efa8a40.txt', '004_88207d3c283235c9.txt'];
if (!otherArg || !['parse', 'check', 'both'].includes(what)) {
  console.error('usage: npx tsx bench/compare.ts OTHER_CHECKOUT [parse|check|both] [rounds]');
  process.exit(2);
}
const other = resolve(otherArg);
if (!existsSync(`${other}/src/parse/index.ts`)) {
  console.error(`bench/compare: ${other} is not a yusuan checkout (no src/parse/index.ts)`);
  process.exit(2);
}
if (NAMES.some((n) => !existsSync(new URL(n, SEEDS)))) {
  console.error('bench/compare needs the seeds in ../shared/seeds');
  process.exit(2);
}
const ROUNDS = Number(roundsArg ?? 21);

type Side = {
  parse: (bytes: Buffer, name: string) => Disclosure;
  check: (d: Disclosure) => unknown;
};
const load = async (root: string, path: string) =>
  import(pathToFileURL(`${root}/src/${path}`).href) as Promise<Record<string, unknown>>;
const otherIngest = await load(other, 'ingest/index.ts');
const otherParse = await load(other, 'parse/index.ts');
const otherCheck = await load(other, 'check/index.ts');
const sides: Record<'this' | 'other', Side> = {
  this: {
    parse: (b, n) => thisParse.parseDisclosure(thisIngest.textLayout(b, n)),
    check: (d) => thisCheck.checkDisclosure(d),
  },
  other: {
    parse: (b, n) =>
      (otherParse.parseDisclosure as typeof thisParse.parseDisclosure)(
        (otherIngest.textLayout as typeof thisIngest.textLayout)(b, n),
      ),
    check: (d) => (otherCheck.checkDisclosure as typeof thisCheck.checkDisclosure)(d),
  },
};

const cpuMs = (fn: () => void): number => {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Per-call CPU ms of each side over ROUNDS rounds, `work(side)` once per round and side. */
function compare(label: string, unit: string, calls: number, work: (s: Side) => void): void {
  const mine: number[] = [];
  const theirs: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const order: ('this' | 'other')[] = r % 2 ? ['this', 'other'] : ['other', 'this'];
    for (const side of order)
      (side === 'this' ? mine : theirs).push(cpuMs(() => work(sides[side])) / calls);
  }
  const ratios = mine.map((m, i) => theirs[i]! / m);
  console.log(
    `${label}: this ${median(mine).toFixed(3)} ${unit}, other ${median(theirs).toFixed(3)} ${unit} ` +
      `(medians of ${ROUNDS} rounds); this is ×${median(ratios).toFixed(3)} as fast (median ratio)`,
  );
}

const bytes = NAMES.map((n) => ({ n, b: readFileSync(new URL(n, SEEDS)) }));
console.log(`node ${process.version}; this checkout against ${other}; CPU time`);
if (what !== 'check') {
  const parseAll = (s: Side, times: number) => {
    for (let i = 0; i < times; i++) for (const { n, b } of bytes) s.parse(b, n);
  };
  for (const s of Object.values(sides)) parseAll(s, 300); // JIT warm-up
  compare('parse, both seeds', 'ms/document', 40 * bytes.length, (s) => parseAll(s, 40));
}
if (what !== 'parse') {
  const seeds = bytes.map(({ n, b }) => sides.this.parse(b, n));
  const docs = build(1000, 1, seeds);
  for (const d of build(500, 2, seeds)) for (const s of Object.values(sides)) s.check(d);
  compare('check, 1,000 variants', 'ms/document', docs.length, (s) => {
    for (const d of docs) s.check(d);
  });
}
