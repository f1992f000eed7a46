import { describe, expect, it } from 'vitest';
import { parseId } from './params.js';

describe('parseId', () => {
  it('accepts positive integers that fit an id and nothing else', () => {
    expect(['1', '42', '2147483647'].map(parseId)).toEqual([1, 42, 2147483647]);
    expect(
      ['0', '-1', '1.5', '1e3', ' 1', '2147483648', '99999999999', "1'--", ''].map(parseId),
    ).toEqual(Array(9).fill(undefined));
  });
});
