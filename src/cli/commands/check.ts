// yusuan check FILE…: every input checked against the rule catalog, reported as text, JSON or
// HTML. An input that cannot be used is an entry with its error (exit 2), never the end of the run.
import { writeFileSync } from 'node:fs';
import {
  checkEntry,
  checkReport,
  exitCodeOf,
  inputErrorEntry,
  selectRules,
} from '../../check/index.js';
import type { CheckEntry } from '../../model/check-report.js';
import type { Disclosure } from '../../model/disclosure.js';
import { InputError, isInputError } from '../../model/errors.js';
import {
  renderCheckHtml,
  renderCheckJson,
  renderCheckSummary,
  renderCheckText,
} from '../../render/index.js';
import { loadDisclosure } from '../load-disclosure.js';
import { messages } from '../messages.js';
import type { CommandResult } from '../result.js';

export const CHECK_FORMATS = ['text', 'json', 'html'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckCommandOptions {
  format?: CheckFormat;
  /** Write the report here; the terminal gets the summary lines. */
  output?: string;
  only?: string[];
  skip?: string[];
  /** List passing checks too. */
  all?: boolean;
  profile?: string;
}

/** Selectors (ids, id prefixes, categories) that select no rule at all. */
function unknownSelectors(names: readonly string[]): string[] {
  return names.filter((n) => selectRules({ only: [n] }).length === 0);
}

/** An error that is not the input's fault, kept as the input's entry so the run goes on. */
function failure(e: unknown): { kind: string; message: string } {
  return isInputError(e)
    ? { kind: e.kind, message: e.message }
    : { kind: 'internal', message: messages.internalError(e) };
}

async function checkOne(
  file: string,
  opts: CheckCommandOptions,
): Promise<{ entry: CheckEntry; disclosure?: Disclosure }> {
  let disclosure: Disclosure;
  try {
    disclosure = await loadDisclosure(file, opts.profile ? { profile: opts.profile } : {});
  } catch (e) {
    return { entry: inputErrorEntry(file, failure(e)) };
  }
  try {
    const entry = checkEntry(file, disclosure, {
      ...(opts.only?.length ? { only: opts.only } : {}),
      ...(opts.skip?.length ? { skip: opts.skip } : {}),
      all: opts.all ?? false,
    });
    return { entry, disclosure };
  } catch (e) {
    // A rule that throws is a bug; the other inputs are still checked.
    return { entry: inputErrorEntry(file, failure(e)), disclosure };
  }
}

export async function checkCommand(
  files: readonly string[],
  opts: CheckCommandOptions,
): Promise<CommandResult> {
  const unknown = unknownSelectors([...(opts.only ?? []), ...(opts.skip ?? [])]);
  if (unknown.length)
    return { exitCode: 2, stdout: '', stderr: messages.unknownSelectors(unknown) + '\n' };
  const selection = { only: opts.only ?? [], skip: opts.skip ?? [] };
  const rules = selectRules(selection).length;
  if (rules === 0) return { exitCode: 2, stdout: '', stderr: messages.noRuleSelected() + '\n' };

  const checked: Awaited<ReturnType<typeof checkOne>>[] = [];
  for (const f of files) checked.push(await checkOne(f, opts));
  const report = checkReport(
    checked.map((c) => c.entry),
    rules,
  );
  const disclosures = checked.map((c) => c.disclosure);
  const passes = opts.all ?? false;
  const format = opts.format ?? 'text';
  const body =
    format === 'json'
      ? renderCheckJson(report)
      : format === 'html'
        ? renderCheckHtml(report, { disclosures, passes })
        : renderCheckText(report, { disclosures, passes });
  const exitCode = exitCodeOf(report);
  if (!opts.output) return { exitCode, stdout: body };
  try {
    writeFileSync(opts.output, body);
  } catch (e) {
    throw new InputError('unreadable', messages.cannotWrite(opts.output, (e as Error).message));
  }
  return {
    exitCode,
    stdout: renderCheckSummary(report) + messages.wroteReport(opts.output) + '\n',
  };
}
