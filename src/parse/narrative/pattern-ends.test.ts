import { describe, expect, it } from 'vitest';
import { patternEnds } from './pattern-ends.js';

const ends = (re: RegExp) => {
  const letters = patternEnds(re);
  return (
    letters &&
    [...letters]
      .map((c) => String.fromCharCode(c))
      .sort()
      .join('')
  );
};

describe('patternEnds', () => {
  it('reads the letters an end-anchored pattern can end on', () => {
    expect(ends(/收支总预算$/)).toBe('算');
    expect(ends(/公务接待(费)?$/)).toBe([...'待费'].sort().join(''));
    expect(ends(/三公“?经费(预算|支出)?(数)?$/)).toBe([...'费算出数'].sort().join(''));
    expect(ends(/（\d*(类|款|项)）“?$/)).toBe([...'）“'].sort().join(''));
    expect(ends(/(?<!(政府性基金|国有资本经营)(预算)?)支出(总)?预算$/)).toBe('算');
    expect(ends(/^[^\d预算]+支出$/)).toBe('出');
    expect(ends(/年\d$/)).toBe('0123456789');
  });

  it('says any letter when the end is not known', () => {
    expect(ends(/预算/)).toBeUndefined(); // not anchored
    expect(ends(/预算|支出$/)).toBeUndefined(); // the first alternative is not anchored
    expect(ends(/预算\$/)).toBeUndefined(); // a printed dollar sign
    expect(ends(/(支出$)/)).toBeUndefined();
    expect(ends(/支出[款项]$/)).toBeUndefined(); // classes are not read
    expect(ends(/支出.$/)).toBeUndefined();
    expect(ends(/(支出)?$/)).toBeUndefined(); // may match nothing
    expect(ends(/支出(?<n>款)$/)).toBeUndefined(); // named groups are not read
    expect(ends(/支出$/i)).toBeUndefined();
  });
});
