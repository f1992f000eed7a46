// Each seed is read and parsed once per test file.
import type { Disclosure } from '../../src/model/disclosure.js';
import type { Layout } from '../../src/model/layout.js';
import { parseDisclosure } from '../../src/parse/index.js';
import { readSeed } from '../helpers/shared.js';

export interface ParsedSeed {
  readonly raw: string;
  readonly layout: Layout;
  readonly disclosure: Disclosure;
}

const cache = new Map<string, ParsedSeed>();

export function parsedSeed(name: string): ParsedSeed {
  let seed = cache.get(name);
  if (!seed) {
    const { raw, layout } = readSeed(name);
    seed = { raw, layout, disclosure: parseDisclosure(layout) };
    cache.set(name, seed);
  }
  return seed;
}
