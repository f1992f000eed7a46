// yusuan render FILE --format html|pdf|xlsx|docx|txt -o OUT: a Disclosure (JSON, or any document
// `parse` reads) as the official document.
import { writeFileSync } from 'node:fs';
import {
  renderDisclosure,
  DOCUMENT_FORMATS,
  type DocumentFormat,
} from '../../render/document/index.js';
import { loadDisclosure } from '../load-disclosure.js';
import type { CommandResult } from '../result.js';

export interface RenderCommandOptions {
  format: string;
  output?: string;
  profile?: string;
}

export async function renderCommand(
  file: string,
  opts: RenderCommandOptions,
): Promise<CommandResult> {
  const format = opts.format as DocumentFormat;
  if (!DOCUMENT_FORMATS.includes(format))
    return {
      exitCode: 2,
      stdout: '',
      stderr: `unknown format ${opts.format}: use one of ${DOCUMENT_FORMATS.join(', ')}\n`,
    };
  const d = await loadDisclosure(file, opts.profile ? { profile: opts.profile } : {});
  const out = await renderDisclosure(d, format);
  if (!opts.output) {
    if (typeof out !== 'string')
      return { exitCode: 2, stdout: '', stderr: `${format} is binary: give -o FILE to write it\n` };
    return { exitCode: 0, stdout: out };
  }
  writeFileSync(opts.output, out);
  return { exitCode: 0, stdout: '', stderr: `wrote ${opts.output} (${format})\n` };
}
