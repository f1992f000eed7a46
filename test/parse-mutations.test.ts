// Property test: on mutated seeds (lines dropped, shuffled, numbers altered, text cut short,
// noise inserted) the parser returns a valid Disclosure with warnings, or a clear input error —
// never a crash, never a hang (vitest's timeout stops a hang).
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textLayout } from '../src/ingest/index.js';
import { DisclosureSchema } from '../src/model/disclosure.js';
import { isInputError } from '../src/model/errors.js';
import { parseDisclosure } from '../src/parse/index.js';

const SEEDS = new URL('../../shared/seeds/', import.meta.url);
const NAMES = ['000_c55cbe189efa8a40.txt', '004_88207d3c283235c9.txt'];
const available = NAMES.every((n) => existsSync(new URL(n, SEEDS)));

type Mutation =
  | { kind: 'drop'; at: number; count: number }
  | { kind: 'shuffle'; at: number; span: number; seed: number }
  | { kind: 'digits'; at: number; count: number; digit: number }
  | { kind: 'cut'; at: number }
  | { kind: 'noise'; at: number; text: string };

const mutation = (max: number): fc.Arbitrary<Mutation> =>
  fc.oneof(
    fc.record({
      kind: fc.constant('drop' as const),
      at: fc.nat(max),
      count: fc.integer({ min: 1, max: 40 }),
    }),
    fc.record({
      kind: fc.constant('shuffle' as const),
      at: fc.nat(max),
      span: fc.integer({ min: 2, max: 30 }),
      seed: fc.nat(),
    }),
    fc.record({
      kind: fc.constant('digits' as const),
      at: fc.nat(max),
      count: fc.integer({ min: 1, max: 60 }),
      digit: fc.integer({ min: 0, max: 9 }),
    }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat(max) }),
    fc.record({
      kind: fc.constant('noise' as const),
      at: fc.nat(max),
      text: fc.oneof(
        fc.string({ maxLength: 80 }),
        fc.constantFrom(
          '表 3',
          '合计 1 2 3 4 5 6 7 8 9 10 11 12 13',
          '201 03 99',
          '（一）项目名称：',
          '※ ※ 1 2',
        ),
      ),
    }),
  );

function apply(lines: string[], m: Mutation): string[] {
  const out = [...lines];
  const at = Math.min(m.at, out.length);
  switch (m.kind) {
    case 'drop':
      out.splice(at, m.count);
      return out;
    case 'shuffle': {
      const part = out.slice(at, at + m.span);
      let s = m.seed;
      for (let i = part.length - 1; i > 0; i--) {
        s = (s * 1103515245 + 12345) % 2 ** 31;
        const j = s % (i + 1);
        [part[i], part[j]] = [part[j]!, part[i]!];
      }
      out.splice(at, part.length, ...part);
      return out;
    }
    case 'digits':
      for (let i = at; i < Math.min(out.length, at + m.count); i++)
        out[i] = out[i]!.replace(/\d/g, (d) => String((Number(d) + m.digit) % 10));
      return out;
    case 'cut':
      return out.slice(0, at);
    case 'noise':
      out.splice(at, 0, m.text);
      return out;
  }
}

describe.skipIf(!available)('parse on mutated seeds (needs ../shared/seeds)', () => {
  for (const name of NAMES) {
    it(`${name}: a valid result with warnings or a clear input error, never a crash`, () => {
      const lines = available ? readFileSync(new URL(name, SEEDS), 'utf8').split('\n') : [];
      fc.assert(
        fc.property(fc.array(mutation(lines.length), { minLength: 1, maxLength: 4 }), (ms) => {
          const text = ms.reduce(apply, lines).join('\n');
          try {
            const d = parseDisclosure(textLayout(Buffer.from(text), name));
            expect(DisclosureSchema.safeParse(d).success).toBe(true);
          } catch (e) {
            if (!isInputError(e)) throw e;
            expect(e.message).toContain(name);
          }
        }),
        { numRuns: 40, seed: 20251122 },
      );
    });
  }
});
