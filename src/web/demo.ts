// Demonstration data for `yusuan serve --demo` (and an empty database): the seeds and every
// corpus document that parses, read exactly as an upload is, plus generated disclosures from
// compose when that stage is present. Inputs that are missing or fail are skipped with a note.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkEntry } from '../check/index.js';
import type { Disclosure } from '../model/disclosure.js';
import type { Store } from '../store/index.js';
import { demoInputs } from './demo-inputs.js';
import { renderPageBody } from './page-bodies.js';
import { readUpload, UPLOAD_EXTENSIONS } from './upload.js';

export interface DemoOptions {
  /** The folder holding seeds/ and corpus/ (../shared). */
  readonly sharedDir: string;
  readonly log: (line: string) => void;
  /** Whether the portal will offer rendered documents: pages are then drawn whole (see printTag). */
  readonly documents?: boolean;
}

export interface DemoResult {
  readonly loaded: number;
  readonly skipped: number;
}

function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => UPLOAD_EXTENSIONS.some((ext) => f.toLowerCase().endsWith(ext)))
      .map((f) => join(dir, f))
      .filter((p) => statSync(p).isFile())
      .sort();
  } catch {
    return [];
  }
}

/** Documents already stored (by content hash): loading the demo twice adds no versions. */
type Known = Set<string>;

async function loadFile(
  store: Store,
  path: string,
  opts: DemoOptions,
  known: Known,
): Promise<boolean> {
  const { log } = opts;
  const name = path.split('/').at(-1)!;
  try {
    const bytes = readFileSync(path);
    const { disclosure, entry, format } = await readUpload(bytes, name);
    const dept = disclosure.identity.department;
    // Blank templates name their department with placeholders (上海市XX局): not a disclosure.
    if (!dept || !disclosure.identity.year || /XX|ＸＸ/i.test(dept)) {
      log(`  跳过 ${name}：空白模板（${dept ?? '没有部门'}）`);
      return false;
    }
    if (known.has(disclosure.source.sha256)) {
      log(`  ${name}：已在数据库中`);
      return false;
    }
    const saved = await store.saveDisclosure({
      disclosure,
      report: entry,
      sourceBytes: bytes,
      sourceFormat: format,
      sourceFile: name,
    });
    // Drawn now so that readers get it from the database (else on its first request).
    await renderPageBody(store, saved.disclosureId, pageOptions(opts)).catch(() => null);
    log(
      `  ${name}：${disclosure.identity.department} ${disclosure.identity.year}，错误 ${entry.errors}`,
    );
    return true;
  } catch (e) {
    log(`  跳过 ${name}：${(e as Error).message.split('\n')[0]}`);
    return false;
  }
}

type Compose = (input: unknown) => { disclosure: Disclosure };

// A variable specifier: the compose stage may be absent from this build.
const COMPOSE_MODULE = '../compose/index.js';

async function loadCompose(): Promise<Compose | undefined> {
  try {
    const mod = (await import(COMPOSE_MODULE)) as { compose?: unknown };
    return typeof mod.compose === 'function' ? (mod.compose as Compose) : undefined;
  } catch {
    return undefined;
  }
}

/** The whole page is drawn too when the caller knows the portal's download options. */
function pageOptions(opts: DemoOptions): { documents?: boolean } {
  return opts.documents === undefined ? {} : { documents: opts.documents };
}

export async function loadDemo(store: Store, opts: DemoOptions): Promise<DemoResult> {
  const { log } = opts;
  let loaded = 0;
  let skipped = 0;
  const known: Known = new Set((await store.latestDisclosures(100_000)).map((m) => m.sha256));
  for (const folder of ['seeds', 'corpus']) {
    const files = filesIn(join(opts.sharedDir, folder));
    if (!files.length) {
      log(`演示数据：${join(opts.sharedDir, folder)} 不存在或为空，跳过`);
      continue;
    }
    log(`演示数据：读取 ${join(opts.sharedDir, folder)}（${files.length} 个文件）`);
    for (const f of files) {
      if (await loadFile(store, f, opts, known)) loaded++;
      else skipped++;
    }
  }
  const compose = await loadCompose();
  if (!compose) log('演示数据：没有 compose 模块，不生成示例部门');
  else {
    let made = 0;
    for (const input of demoInputs()) {
      try {
        const { disclosure } = compose(input);
        if (known.has(disclosure.source.sha256)) continue;
        const saved = await store.saveDisclosure({
          disclosure,
          report: checkEntry(disclosure.source.file, disclosure),
        });
        await renderPageBody(store, saved.disclosureId, pageOptions(opts)).catch(() => null);
        made++;
      } catch (e) {
        skipped++;
        log(`  跳过生成的示例：${(e as Error).message.split('\n')[0]}`);
      }
    }
    loaded += made;
    log(`演示数据：生成 ${made} 份示例公开文件（示例部门，数据由程序生成）`);
  }
  return { loaded, skipped };
}
