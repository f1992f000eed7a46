import { describe, expect, it } from 'vitest';
import { indexCsv } from './index-csv.js';
import type { IndexRow } from './index-row.js';

const row: IndexRow = {
  file: 'in/新疆.txt',
  output: '新疆.disclosure.json',
  department: '新疆维吾尔自治区人民政府办公厅',
  kind: '预算',
  year: 2025,
  total: 14303.9,
  unit: '万元',
  errors: 0,
  warnings: 1,
  parseWarnings: 16,
  status: 'parse-warnings',
  reason: null,
  format: 'text',
  pages: 38,
  seconds: 0.4,
};

describe('index.csv', () => {
  it('starts with a BOM and a header, ends lines with CRLF, writes amounts with two decimals', () => {
    const csv = indexCsv([row]);
    expect(csv.startsWith('\uFEFFfile,output,department,kind,year,total,unit,')).toBe(true);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFfile,output,department,kind,year,total,unit,errors,warnings,parse_warnings,status,reason_kind,reason,format,pages,seconds',
      'in/新疆.txt,新疆.disclosure.json,新疆维吾尔自治区人民政府办公厅,预算,2025,14303.90,万元,0,1,16,parse-warnings,,,text,38,0.400',
      '',
    ]);
  });

  it('quotes commas, quotes and line breaks; defuses cells a spreadsheet would run', () => {
    const failed: IndexRow = {
      ...row,
      file: '=HYPERLINK("x"),a.pdf',
      output: null,
      department: null,
      total: null,
      status: 'failed',
      reason: { kind: 'unreadable', message: 'bad "file",\nsee' },
    };
    const line = indexCsv([failed]).split('\r\n')[1];
    expect(line).toBe(
      `"'=HYPERLINK(""x""),a.pdf",,,预算,2025,,万元,0,1,16,failed,unreadable,"bad ""file"",\nsee",text,38,0.400`,
    );
  });
});
