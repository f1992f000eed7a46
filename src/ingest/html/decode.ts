// Bytes of a web page → text. A byte order mark decides; otherwise bytes that are valid UTF-8
// (beyond ASCII) are UTF-8, whatever the page declares: Chinese text in GBK is practically never
// valid UTF-8, and pages re-saved as UTF-8 often keep an old gb2312 declaration. Else the
// declaration in the first KiB (<meta charset>, <meta http-equiv="Content-Type" content="…;
// charset=…">, <?xml … encoding=…?>), as browsers read it; else GB18030 (which also decodes GBK
// and GB2312). A declaration the bytes contradict is reported (charset-mismatch).
import { InputError } from '../../model/errors.js';
import type { IngestWarning } from '../pdf/warning.js';

/** Browsers look for the declaration in the first 1024 bytes. */
const PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta\s[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})/i;
const XML_ENCODING = /^\s*<\?xml\s[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_:.-]{1,40})/i;

export interface DecodedHtml {
  readonly text: string;
  /** The WHATWG name of the encoding used (utf-8, gbk, gb18030, utf-16le…). */
  readonly encoding: string;
  readonly warnings: IngestWarning[];
}

function bom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The declared encoding's WHATWG name, if the declaration names one TextDecoder knows. */
export function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const label = (META_CHARSET.exec(head) ?? XML_ENCODING.exec(head))?.[1];
  if (!label) return undefined;
  try {
    const name = new TextDecoder(label).encoding;
    // A page read as bytes cannot be UTF-16 without a BOM; browsers take such a label as UTF-8.
    return name.startsWith('utf-16') ? 'utf-8' : name;
  } catch {
    return undefined;
  }
}

function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Does the text hold anything beyond ASCII (so that its decoding was a real test)? */
function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

function mismatch(file: string, declared: string, used: string): IngestWarning {
  return {
    code: 'charset-mismatch',
    message: `${file}: the page declares ${declared} but its bytes are ${used}; read as ${used}`,
  };
}

export function decodeHtml(bytes: Uint8Array, file: string): DecodedHtml {
  const marked = bom(bytes);
  if (marked)
    return { text: new TextDecoder(marked).decode(bytes), encoding: marked, warnings: [] };
  const declared = declaredEncoding(bytes);
  // Chinese text in GBK is practically never valid UTF-8, so valid UTF-8 beyond ASCII is UTF-8
  // whatever the page declares (pages saved as UTF-8 keep an old gb2312 declaration).
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== undefined) {
    const wrong = declared && declared !== 'utf-8' && hasNonAscii(bytes);
    if (!declared || declared === 'utf-8' || wrong)
      return {
        text: utf8,
        encoding: 'utf-8',
        warnings: wrong ? [mismatch(file, declared, 'utf-8')] : [],
      };
  }
  if (declared) {
    const text = tryDecode(bytes, declared);
    if (text !== undefined) return { text, encoding: declared, warnings: [] };
  }
  if (declared !== 'gbk' && declared !== 'gb18030') {
    const text = tryDecode(bytes, 'gb18030');
    if (text !== undefined && /[\u4e00-\u9fff]/.test(text))
      return {
        text,
        encoding: 'gb18030',
        warnings: declared ? [mismatch(file, declared, 'gb18030')] : [],
      };
  }
  if (declared)
    return {
      text: new TextDecoder(declared).decode(bytes),
      encoding: declared,
      warnings: [
        {
          code: 'charset-mismatch',
          message: `${file}: some bytes are not valid ${declared} (the declared encoding), UTF-8 or GB18030; they are shown as \uFFFD`,
        },
      ],
    };
  throw new InputError('encoding', `${file}: the page is neither UTF-8 nor GB18030/GBK`, {
    file,
  });
}
