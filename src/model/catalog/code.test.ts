import { describe, expect, it } from 'vitest';
import { levelOfCode, normalizeCode, parentCode } from './code.js';

describe('normalizeCode', () => {
  it('accepts the spellings seen in documents', () => {
    for (const c of [
      '2010301',
      '201 03 01',
      '201-03-01',
      ' 201.03.01 ',
      '２０１０３０１',
      '201　03　01',
    ]) {
      expect(normalizeCode(c)).toBe('2010301');
    }
  });
  it('rejects non-codes', () => {
    expect(normalizeCode('')).toBeUndefined();
    expect(normalizeCode('20103a')).toBeUndefined();
    expect(normalizeCode('合计')).toBeUndefined();
  });
});

describe('levelOfCode', () => {
  it('maps digit counts to levels per system', () => {
    expect(levelOfCode('function', '201')).toBe('类');
    expect(levelOfCode('function', '20103')).toBe('款');
    expect(levelOfCode('function', '201 03 01')).toBe('项');
    expect(levelOfCode('economic', '302')).toBe('类');
    expect(levelOfCode('economic', '30231')).toBe('款');
    expect(levelOfCode('economic-government', '50101')).toBe('款');
  });
  it('has no 项 in the economic systems and no other lengths', () => {
    expect(levelOfCode('economic', '3023101')).toBeUndefined();
    expect(levelOfCode('function', '2010')).toBeUndefined();
    expect(levelOfCode('function', '20103011')).toBeUndefined();
  });
});

describe('parentCode', () => {
  it('walks up two digits at a time', () => {
    expect(parentCode('2010301')).toBe('20103');
    expect(parentCode('201-03')).toBe('201');
    expect(parentCode('201')).toBeUndefined();
    expect(parentCode('2010')).toBeUndefined();
  });
});
