// The yusuan command. Commands return results; this file alone writes output and decides the
// exit code: 0 ok, 1 findings, 2 unusable input. No stack traces reach the user.
import { Command, CommanderError, Option } from 'commander';
import { isInputError } from '../model/errors.js';
import { DEFAULT_OUT_DIR, IMPORT_TIMEOUT_MS } from './import/defaults.js';
import { messages } from './messages.js';
import type { CommandResult } from './result.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

/** A repeatable option taking comma-separated values. */
function list(value: string, previous: string[]): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  ];
}

/** Run the CLI on argv (without node and script); resolves to the exit code. */
export async function runMain(argv: readonly string[], io: Io = processIo): Promise<number> {
  let result: CommandResult | undefined;
  const program = new Command()
    .name('yusuan')
    .description('部门预算/决算公开: parse, check, compose and publish budget disclosures')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('parse')
    .description('read a disclosure (PDF-extracted text) and print it as structured data')
    .argument('<file>', 'the document (.txt, UTF-8 or GB18030)')
    .option('--json', 'the whole Disclosure as one line of JSON')
    .option('--pretty', 'the whole Disclosure as indented JSON')
    .option('--profile <id>', 'template profile (default: detected), e.g. xinjiang-2025')
    .action(async (file: string, opts) => {
      const { parseCommand } = await import('./commands/parse.js');
      result = await parseCommand(file, opts);
    });

  program
    .command('check')
    .description(
      'check disclosures for inconsistencies and omissions (exit 0 ok, 1 errors, 2 unusable input)',
    )
    .argument('<files...>', 'documents parse reads (.txt) or Disclosure JSON (yusuan parse --json)')
    .addOption(
      new Option('--format <format>', 'report format')
        .choices(['text', 'json', 'html'])
        .default('text'),
    )
    .option('-o, --output <file>', 'write the report to a file (the terminal gets the summary)')
    .option('--only <rules>', 'run only these rule ids or categories (comma-separated)', list, [])
    .option('--skip <rules>', 'skip these rule ids or categories (comma-separated)', list, [])
    .option('--all', 'list passing checks too')
    .option('--profile <id>', 'template profile for text inputs (default: detected)')
    .action(async (files: string[], opts) => {
      const { checkCommand } = await import('./commands/check.js');
      result = await checkCommand(files, opts);
    });

  program
    .command('import')
    .description(
      'read many documents in parallel into Disclosure JSON files plus an index (exit 0 all parsed, 2 any file unusable)',
    )
    .argument('<inputs...>', 'directories (searched recursively) and files')
    .option('-o, --output <dir>', 'output directory', DEFAULT_OUT_DIR)
    .option('--jobs <n>', 'worker threads at once (default: the number of CPUs)')
    .option(
      '--timeout <seconds>',
      'time limit per file; a file over it is stopped and failed',
      String(IMPORT_TIMEOUT_MS / 1000),
    )
    .option('--profile <id>', 'template profile for every document (default: detected)')
    .addHelpText(
      'after',
      [
        '',
        'Reads .txt .pdf .html .htm .xlsx .xls .docx and Disclosure .json files. Writes one',
        '<name>.disclosure.json per document, index.json and index.csv (UTF-8 with BOM) listing every',
        'file with department, kind, year, total, check errors/warnings, parse warnings, status',
        '(ok | parse-warnings | failed), the reason a file failed, and seconds. While running,',
        'index.partial.jsonl gets a line per finished file (it stays only if the run is killed).',
        'A bad file never stops the run. Exit codes: 0 every file parsed (check findings are in the',
        'index, not the exit code); 2 some file was unusable, timed out or crashed its worker, or the',
        'run was interrupted.',
      ].join('\n'),
    )
    .action(async (inputs: string[], opts) => {
      const { importCommand } = await import('./commands/import.js');
      const tty = io === processIo && process.stderr.isTTY ? process.stderr : undefined;
      result = await importCommand(inputs, opts, { write: io.stderr, ...(tty ? { tty } : {}) });
    });

  program
    .command('render')
    .description('write a Disclosure (JSON or a document parse reads) as the official document')
    .argument(
      '<file>',
      'Disclosure JSON, a document parse reads, or a budget input (filled template workbook, YAML)',
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['html', 'pdf', 'xlsx', 'docx', 'txt'])
        .default('html'),
    )
    .option('-o, --output <file>', 'output file (required for pdf, xlsx, docx)')
    .option('--profile <id>', 'template profile when FILE is a document to parse')
    .action(async (file: string, opts) => {
      const { renderCommand } = await import('./commands/render.js');
      result = await renderCommand(file, opts);
    });

  program
    .command('template')
    .description('write the fillable budget workbook (line items) that `yusuan compose` reads')
    .requiredOption('-o, --output <file>', 'the workbook to write (.xlsx)')
    .option('--profile <id>', 'template profile, e.g. xinjiang-2025 (default) or xinjiang-2021')
    .action(async (opts) => {
      const { templateCommand } = await import('./commands/template.js');
      result = await templateCommand(opts);
    });

  program
    .command('compose')
    .description(
      'build the whole disclosure from line items (exit 0 composed, 2 invalid input with cell-precise messages)',
    )
    .argument('<input>', 'budget input: the filled workbook (.xlsx), or .json / .yaml')
    .option('-o, --output <file>', 'write the Disclosure JSON here (default: standard output)')
    .option('--pretty', 'indented JSON on standard output')
    .action(async (input: string, opts) => {
      const { composeCommand } = await import('./commands/compose.js');
      result = await composeCommand(input, opts);
    });

  program
    .command('rules')
    .description('list the check rules: id, category, severity, description, basis')
    .option('--json', 'the catalog as JSON')
    .action(async (opts) => {
      const { rulesCommand } = await import('./commands/rules.js');
      result = rulesCommand(opts);
    });

  program
    .command('serve')
    .description('start the portal: pages, charts, publishing and the JSON API (Ctrl+C stops it)')
    .option(
      '--db <url>',
      'database: a SQLite file (default yusuan.db or DATABASE_URL) or postgres://…',
    )
    .option('--port <n>', 'port to listen on', '3000')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--demo', 'load demonstration data (seeds, corpus, generated) and create a demo editor')
    .option('--shared <dir>', 'folder with seeds/ and corpus/ for --demo (default ../shared)')
    .action(async (opts) => {
      const { serveCommand } = await import('./commands/serve.js');
      result = await serveCommand(opts, { write: io.stdout });
    });

  program
    .command('user')
    .description('manage portal editors')
    .command('add')
    .description(
      'create an editor who can sign in and publish (password prompted, or --password-stdin)',
    )
    .argument('<name>', 'user name')
    .option(
      '--db <url>',
      'database: a SQLite file (default yusuan.db or DATABASE_URL) or postgres://…',
    )
    .option('--password-stdin', 'read the password from standard input')
    .addOption(new Option('--role <role>', 'role').choices(['editor', 'admin']).default('editor'))
    .action(async (name: string, opts) => {
      const { userAddCommand } = await import('./commands/user.js');
      result = await userAddCommand(name, opts, {
        stdin: process.stdin,
        prompt: (s) => process.stderr.write(s),
      });
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (isInputError(e)) {
      io.stderr(messages.inputError(e) + '\n');
      return 2;
    }
    io.stderr(messages.internalError(e) + '\n');
    return 2;
  }
  if (!result) return 0;
  io.stdout(result.stdout);
  if (result.stderr) io.stderr(result.stderr);
  return result.exitCode;
}
