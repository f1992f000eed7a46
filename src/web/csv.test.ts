import { describe, expect, it } from 'vitest';
import { csvLine } from './csv.js';

describe('csvLine', () => {
  it('quotes separators, quotes and line breaks; blanks null; keeps numbers and negatives', () => {
    expect(csvLine(['a,b', 'say "hi"', 'x\ny', null, undefined, 14303.93, -1.5, '-3.20'])).toBe(
      '"a,b","say ""hi""","x\ny",,,14303.93,-1.5,-3.20\r\n',
    );
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvLine(['=HYPERLINK("x")', '+1+2', '@SUM(A1)', '-A1'])).toBe(
      '"\'=HYPERLINK(""x"")",\'+1+2,\'@SUM(A1),\'-A1\r\n',
    );
  });
});
