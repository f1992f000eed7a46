import { describe, expect, it } from 'vitest';
import type { LayoutLine } from '../../model/layout.js';
import { columnWidth, TextColumn } from './join.js';

/** Deterministic pseudo-random numbers in [0, 1). */
function randoms(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
}

describe('TextColumn', () => {
  it('answers as width >= columnWidth(lines) * ratio', () => {
    const rnd = randoms(7);
    const letters = ['a', '1', ' ', '中', '国', '“', '—', '\u3000', '𠀀', '。'];
    const text = (max: number) =>
      Array.from({ length: Math.floor(rnd() * max) }, () => letters[Math.floor(rnd() * 10)]).join(
        '',
      );
    for (let t = 0; t < 2000; t++) {
      const lines: LayoutLine[] = Array.from({ length: Math.floor(rnd() * 30) }, (_, i) => ({
        text: text(rnd() < 0.5 ? 6 : 40),
        line: i + 1,
        page: 1,
      }));
      const column = new TextColumn(lines);
      const full = columnWidth(lines);
      for (const ratio of [0.85, 0.5, 1]) {
        const width = Math.floor(rnd() * 90);
        expect(column.fills(width, ratio)).toBe(width >= full * ratio);
      }
    }
  });
});
