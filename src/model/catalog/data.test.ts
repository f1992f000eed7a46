import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DATA_DIR,
  DEFAULT_SOURCE_DIR,
  buildCatalogFiles,
  convertCatalog,
  parseCsv,
} from '../../../scripts/build-catalog.js';

describe('build-catalog CSV reader', () => {
  it('reads RFC 4180 quoting, CRLF and a BOM', () => {
    const text = '\ufeffa,b,c\r\n1,"x, ""y""",\r\n2,"two\nlines",z\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, "y"', ''],
      ['2', 'two\nlines', 'z'],
    ]);
    expect(() => parseCsv('a,"b\n')).toThrow(/unterminated/);
  });
  it('rejects rows whose parent is not the code prefix', () => {
    const csv =
      'code,name,level,parent,edition,confidence,source,note\n301,甲,类,,2025,verified,,\n30201,乙,款,301,2025,verified,,\n';
    expect(() => convertCatalog('economic', csv, 'x.csv')).toThrow(/parent "301"/);
  });
});

const sourceFound = existsSync(DEFAULT_SOURCE_DIR);
describe.skipIf(!sourceFound)(
  sourceFound
    ? `committed data/*.json equals a fresh conversion of ${DEFAULT_SOURCE_DIR}`
    : `SKIPPED drift check: source folder ${DEFAULT_SOURCE_DIR} is missing`,
  () => {
    it('has no drift (run `npm run catalog` after changing the CSVs)', () => {
      const built = buildCatalogFiles(DEFAULT_SOURCE_DIR);
      expect([...built.keys()].sort()).toEqual([
        'economic-department.json',
        'economic-government.json',
        'functional.json',
      ]);
      for (const [name, text] of built) {
        expect(readFileSync(join(DATA_DIR, name), 'utf8'), name).toBe(text);
      }
    });
  },
);
