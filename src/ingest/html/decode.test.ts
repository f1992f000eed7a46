import { describe, expect, it } from 'vitest';
import { gbk } from '../../../test/fixtures/issue5-gbk.js';
import { InputError } from '../../model/errors.js';
import { declaredEncoding, decodeHtml } from './decode.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((p) => [...p]));
const BODY = '<p>上海市普陀区司法局2026年部门预算</p>';

describe('decodeHtml (issue 5 encodings)', () => {
  it('reads the declaration as browsers do: <meta charset>, http-equiv, <?xml encoding?>', () => {
    expect(declaredEncoding(utf8('<meta charset="GB2312">'))).toBe('gbk');
    expect(
      declaredEncoding(utf8('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gbk">')),
    ).toBe('gbk');
    expect(declaredEncoding(utf8('<?xml version="1.0" encoding="GB18030"?><html>'))).toBe(
      'gb18030',
    );
    expect(declaredEncoding(utf8('<meta charset="utf-16">'))).toBe('utf-8');
    expect(declaredEncoding(utf8('<meta charset="no-such">'))).toBeUndefined();
  });

  it('decodes GBK pages, declared or not', () => {
    const declared = concat(utf8('<meta charset="gb2312">'), gbk(BODY));
    expect(decodeHtml(declared, 'a.html')).toMatchObject({ encoding: 'gbk', warnings: [] });
    expect(decodeHtml(declared, 'a.html').text).toContain('司法局2026年部门预算');
    const bare = gbk(BODY);
    expect(decodeHtml(bare, 'b.html')).toMatchObject({ encoding: 'gb18030', warnings: [] });
    expect(decodeHtml(bare, 'b.html').text).toBe(BODY);
  });

  it('decodes UTF-8 (with or without BOM) and UTF-16 with BOM', () => {
    expect(decodeHtml(utf8(BODY), 'a.html')).toEqual({
      text: BODY,
      encoding: 'utf-8',
      warnings: [],
    });
    expect(decodeHtml(concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(BODY)), 'a.html').text).toBe(
      BODY,
    );
    const utf16 = concat(
      new Uint8Array([0xff, 0xfe]),
      new Uint8Array(Buffer.from(BODY, 'utf16le')),
    );
    expect(decodeHtml(utf16, 'a.html')).toMatchObject({ text: BODY, encoding: 'utf-16le' });
  });

  it('reads a page whose bytes contradict its declaration, and says so', () => {
    const utf8Declared = concat(utf8('<meta charset="utf-8">'), gbk(BODY));
    const a = decodeHtml(utf8Declared, 'a.html');
    expect(a.text).toContain('司法局');
    expect(a.warnings).toEqual([
      {
        code: 'charset-mismatch',
        message: 'a.html: the page declares utf-8 but its bytes are gb18030; read as gb18030',
      },
    ]);
    const gbkDeclared = utf8(`<meta charset="gb2312">${BODY}`);
    const b = decodeHtml(gbkDeclared, 'b.html');
    expect([b.encoding, b.text.includes('司法局'), b.warnings[0]?.code]).toEqual([
      'utf-8',
      true,
      'charset-mismatch',
    ]);
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    expect(() =>
      decodeHtml(new Uint8Array([0x3c, 0x70, 0x3e, 0x81, 0x20, 0xff]), 'x.html'),
    ).toThrow(InputError);
  });
});
