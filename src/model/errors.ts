// The closed set of errors a user can cause with bad input. Each names the file and, where known,
// the page or line; the CLI maps them to exit code 2 and the web to 4xx. Anything else that is
// thrown is an internal error and is reported without a stack.

export const INPUT_ERROR_KINDS = [
  'empty', // zero bytes or only whitespace
  'binary', // not text (NUL bytes, control characters)
  'encoding', // text in no encoding we can decode
  'not-disclosure', // readable, but nothing in it looks like a budget disclosure
  'too-large', // beyond the size limit
  'unreadable', // missing, unreadable or a directory
  'unsupported', // a format we do not read (yet)
  'invalid-json', // a Disclosure JSON that does not validate
  'timeout', // reading it took longer than the time allowed (the reader was stopped)
] as const;
export type InputErrorKind = (typeof INPUT_ERROR_KINDS)[number];

export class InputError extends Error {
  readonly kind: InputErrorKind;
  readonly file: string | undefined;
  readonly at: { line?: number; page?: number } | undefined;

  constructor(
    kind: InputErrorKind,
    message: string,
    opts: { file?: string; at?: { line?: number; page?: number } } = {},
  ) {
    super(message);
    this.name = 'InputError';
    this.kind = kind;
    this.file = opts.file;
    this.at = opts.at;
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}
