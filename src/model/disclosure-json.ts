// A Disclosure from JSON bytes (as `yusuan parse --json` writes it), validated: malformed JSON and
// the first schema violation become InputErrors naming the file and the path. Callers word the
// messages (the CLI bilingually, the portal in Chinese).
import { DisclosureSchema, type Disclosure } from './disclosure.js';
import { InputError } from './errors.js';

export interface DisclosureJsonMessages {
  invalidJson(file: string, detail: string): string;
  /** `at`: the JSON path of the first violation, or '' at the top level. */
  invalidDisclosure(file: string, at: string, detail: string): string;
}

export function disclosureFromJsonBytes(
  bytes: Uint8Array,
  file: string,
  messages: DisclosureJsonMessages,
): Disclosure {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError('invalid-json', messages.invalidJson(file, (e as Error).message), {
      file,
    });
  }
  const result = DisclosureSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new InputError(
    'invalid-json',
    messages.invalidDisclosure(file, issue?.path.join('.') ?? '', issue?.message ?? ''),
    { file },
  );
}
