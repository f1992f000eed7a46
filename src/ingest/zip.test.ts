import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError } from '../model/errors.js';
import { zip } from '../../test/fixtures/issue5-zip.js';
import { checkZip, zipEntries } from './zip.js';

function refused(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('zip directory checks (issue 5)', () => {
  it('lists the parts of an archive and checks that they inflate to their sizes', () => {
    const bytes = zip([
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'a.bin', data: new Uint8Array(1000), deflate: false },
    ]);
    expect(zipEntries(bytes, 'a.xlsx').map((e) => [e.name, e.size])).toEqual([
      ['xl/workbook.xml', 11],
      ['a.bin', 1000],
    ]);
    expect(checkZip(bytes, 'a.xlsx')).toHaveLength(2);
  });

  it('refuses a bomb by its declared sizes, before inflating anything', () => {
    const bomb = zip([
      { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(10 * 1024 * 1024) },
    ]);
    expect(bomb.length).toBeLessThan(20_000);
    const e = refused(() => checkZip(bomb, 'bomb.xlsx', { maxEntryBytes: 1024 * 1024 }));
    expect([e.kind, e.file]).toEqual(['too-large', 'bomb.xlsx']);
    expect(e.message).toMatch(/sheet1\.xml inflates to 10485760 bytes.*zip bomb/);
    const total = refused(() =>
      checkZip(bomb, 'bomb.xlsx', { maxTotalBytes: 1024 * 1024, maxEntryBytes: 64 * 1024 * 1024 }),
    );
    expect(total.message).toMatch(/inflate to over 1048576 bytes/);
    const xml = refused(() => checkZip(bomb, 'bomb.xlsx', { maxXmlBytes: 1024 * 1024 }));
    expect(xml.message).toMatch(/XML parts inflate to over 1048576 bytes/);
  });

  it('refuses an archive whose parts inflate to more than they declare (a lying bomb)', () => {
    const liar = zip([
      { name: 'word/document.xml', data: new Uint8Array(5_000_000), declaredSize: 100 },
    ]);
    const start = Date.now();
    const e = refused(() => checkZip(liar, 'liar.docx'));
    expect(Date.now() - start).toBeLessThan(1000);
    expect(e.kind).toBe('too-large');
    expect(e.message).toMatch(/more than the 100 bytes it declares/);
  });

  it('refuses what is not a zip, or is cut short, or uses an unknown method', () => {
    expect(refused(() => zipEntries(new TextEncoder().encode('hello'), 'x.xlsx')).message).toMatch(
      /x\.xlsx: not a readable zip archive \(no central directory\)/,
    );
    const good = zip([{ name: 'a.xml', data: 'x'.repeat(100) }]);
    const cut = good.slice(0, 10);
    expect(refused(() => checkZip(cut, 'cut.xlsx')).kind).toBe('unreadable');
    const broken = zip([{ name: 'a.xml', data: deflateRawSync(Buffer.from('x')), deflate: false }]);
    broken[8] = 99; // local method
    const dir = Buffer.from(broken).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    broken[dir + 10] = 99; // central method
    expect(refused(() => checkZip(broken, 'm.xlsx')).kind).toBe('unsupported');
  });
});
