// ingestFile picks the reader by content, then by name (issue 5): workbooks, Word files and web
// pages whatever their extension says, and clear errors for what none of them reads.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { minimalDocx, wp } from '../../test/fixtures/issue5-zip.js';
import { InputError } from '../model/errors.js';
import { MAX_INPUT_BYTES, ingestBytes, ingestFile } from './file.js';

async function refused(bytes: Uint8Array, path: string): Promise<InputError> {
  const e = await ingestFile(bytes, path).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('ingestFile dispatch', () => {
  it('reads a workbook and a Word file by their content, whatever their name', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('s').getCell('A1').value = '2026年部门收支总表';
    const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
    const a = await ingestFile(xlsx, '/in/download.bin');
    expect([a.layout.source.format, a.layout.source.file, a.layout.lines[0]!.text]).toEqual([
      'xlsx',
      'download.bin',
      '2026年部门收支总表',
    ]);
    const b = await ingestFile(minimalDocx(wp('部门预算')), 'doc.zip');
    expect([b.layout.source.format, b.layout.lines[0]!.text]).toEqual(['docx', '部门预算']);
  });

  it('reads an HTML table saved as .xls (as government sites publish them) as a web page', async () => {
    const html = utf8(
      '<html><body><table><tr><td>合计</td><td>1,234.00</td></tr></table></body></html>',
    );
    const { layout } = await ingestFile(html, '预算表.xls');
    expect([layout.source.format, layout.lines[0]!.text]).toEqual(['html', '合计 1,234.00']);
    expect((await ingestFile(utf8('<p>一</p>'), 'a.htm')).layout.source.format).toBe('html');
  });

  it('reads a tab-separated text saved as .xls as text, and plain text as before', async () => {
    const { layout } = await ingestFile(utf8('项目\t预算数\n合计\t1,234.00\n'), 'export.xls');
    expect([layout.source.format, layout.lines.map((l) => l.text)]).toEqual([
      'text',
      ['项目\t预算数', '合计\t1,234.00'],
    ]);
  });

  it('refuses a 200 MB file before reading it', async () => {
    const huge = new Uint8Array(200 * 1024 * 1024);
    const start = Date.now();
    const e = await refused(huge, 'huge.xlsx');
    expect(Date.now() - start).toBeLessThan(1000);
    expect([e.kind, e.file]).toEqual(['too-large', 'huge.xlsx']);
    expect(e.message).toBe(
      `huge.xlsx: ${huge.length} bytes; inputs are limited to ${MAX_INPUT_BYTES} bytes`,
    );
  });

  it('says why an Office file cannot be read: empty, not a zip, encrypted, legacy Word', async () => {
    expect((await refused(new Uint8Array(0), 'a.xlsx')).kind).toBe('empty');
    const notZip = await refused(utf8('id,amount\n1,2\n'), 'a.xlsx');
    expect([notZip.kind, notZip.message]).toEqual([
      'unreadable',
      'a.xlsx: not a zip archive, so not a readable .xlsx file (damaged, or another format renamed)',
    ]);
    const cfb = new Uint8Array(2048);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await refused(cfb, 'old.doc')).kind).toBe('unsupported');
    cfb.set(Buffer.from('EncryptedPackage', 'utf16le'), 1024);
    expect((await refused(cfb, 'secret.xlsx')).message).toMatch(/encrypted \(password protected\)/);
    const binary = new Uint8Array(64).fill(1);
    expect((await refused(binary, 'junk.xls')).message).toBe(
      'junk.xls: not a readable .xls workbook (neither an Excel file, a web page nor text)',
    );
  });

  it('keeps ingestBytes for text only', () => {
    expect(ingestBytes(utf8('部门预算\n'), 'a.txt').lines[0]!.text).toBe('部门预算');
    expect(() => ingestBytes(utf8('<html><p>x</p></html>'), 'a.html')).toThrow(/ingestFile/);
  });
});
