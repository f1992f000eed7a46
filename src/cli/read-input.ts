import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../model/errors.js';
import { messages } from './messages.js';

/** Read a file given on the command line, turning I/O failures into input errors. */
export function readInput(path: string): Uint8Array {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new InputError('unreadable', messages.noSuchFile(path), { file: path });
  }
  if (stat.isDirectory())
    throw new InputError('unreadable', messages.isDirectory(path), { file: path });
  try {
    return readFileSync(path);
  } catch (e) {
    throw new InputError('unreadable', `${path}: ${(e as Error).message}`, { file: path });
  }
}
