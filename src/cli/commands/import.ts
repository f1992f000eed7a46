// yusuan import DIR|FILE…: many documents at once, in worker threads. Each becomes a Disclosure
// JSON in the output directory, with index.json and index.csv listing every file (failed ones
// with their reason). Exit 0 when every file was parsed, 2 when any was unusable; check findings
// are in the index, not in the exit code.
import { messages } from '../messages.js';
import type { IndexRow } from '../import/index-row.js';
import { startProgress, type ProgressTarget } from '../import/progress.js';
import { DEFAULT_OUT_DIR } from '../import/defaults.js';
import { runImport, type ImportRun } from '../import/run-import.js';
import type { CommandResult } from '../result.js';

export interface ImportCommandOptions {
  output?: string;
  /** Workers at once (a positive integer, as typed). */
  jobs?: string;
  /** Seconds per file (a positive number, as typed). */
  timeout?: string;
  profile?: string;
}

/** A positive number typed for `option`, or undefined when it is none. */
function positive(value: string, integer: boolean): number | undefined {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 && (!integer || Number.isInteger(n)) ? n : undefined;
}

export function importSummary(run: ImportRun): string {
  const { index } = run;
  const pages = index.documents.reduce((n, r) => n + (r.pages ?? 0), 0);
  const perSecond = (n: number) => (index.seconds > 0 ? n / index.seconds : 0);
  const failed = index.documents.filter((r: IndexRow) => r.status === 'failed');
  const lines = [
    messages.importCounts(index.counts, index.inputs),
    messages.importRates(pages, perSecond(pages), perSecond(index.counts.files), index.seconds),
    messages.importWrote(run.files.json, run.files.csv),
    ...(failed.length ? [messages.importFailedHeading(failed.length)] : []),
    ...failed.map((r) => `  ${r.file}: [${r.reason?.kind}] ${r.reason?.message}`),
  ];
  return lines.join('\n') + '\n';
}

export async function importCommand(
  inputs: readonly string[],
  opts: ImportCommandOptions,
  target: ProgressTarget,
): Promise<CommandResult> {
  const jobs = opts.jobs === undefined ? undefined : positive(opts.jobs, true);
  const timeout = opts.timeout === undefined ? undefined : positive(opts.timeout, false);
  if (opts.jobs !== undefined && jobs === undefined)
    return {
      exitCode: 2,
      stdout: '',
      stderr: messages.importBadNumber('--jobs', opts.jobs) + '\n',
    };
  if (opts.timeout !== undefined && timeout === undefined)
    return {
      exitCode: 2,
      stdout: '',
      stderr: messages.importBadNumber('--timeout', opts.timeout) + '\n',
    };
  const controller = new AbortController();
  const interrupt = (): void => controller.abort();
  process.once('SIGINT', interrupt);
  let progress: ReturnType<typeof startProgress> | undefined;
  let run: ImportRun;
  try {
    run = await runImport(inputs, {
      outDir: opts.output ?? DEFAULT_OUT_DIR,
      ...(jobs ? { jobs } : {}),
      ...(timeout ? { timeoutMs: timeout * 1000 } : {}),
      ...(opts.profile ? { profile: opts.profile } : {}),
      signal: controller.signal,
      onStart: (total) => (progress = startProgress(total, target)),
      onRow: (row) => progress?.done(row),
    });
  } finally {
    progress?.stop();
    process.off('SIGINT', interrupt);
  }
  const unusable = run.index.counts.failed > 0 || !run.index.complete;
  return { exitCode: unusable ? 2 : 0, stdout: importSummary(run) };
}
