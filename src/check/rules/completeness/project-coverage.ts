// One ledger entry per project the document lists: is there a part that describes it (a 绩效目标表,
// a 项目情况说明)? Projects printed without a name are the withheld ones as far as the document
// declares that many withheld; beyond that they cannot be matched.
import type { Disclosure } from '../../../model/disclosure.js';
import type { CheckContext } from '../../context.js';
import type { FindingDraft } from '../../rule.js';
import { PASS } from '../../sums.js';
import { entry } from './ledger.js';
import {
  assign,
  listedProjects,
  projectKeys,
  withheldProjects,
  type ListedProject,
} from './project-match.js';

export function projectCoverage(
  d: Disclosure,
  ctx: CheckContext,
  offers: readonly ListedProject[],
  subject: string,
  /** Whether the part holding the offers was read; when not, nothing can be missed for certain. */
  partRead: boolean,
): FindingDraft[] {
  // The same list for both rules that use it: read and keyed once.
  const listed = ctx.memo('completeness:listed-projects', () => {
    const list = listedProjects(d);
    return list && { list, keys: projectKeys(list.named) };
  });
  if (!listed || (listed.list.named.length === 0 && listed.list.unnamed === 0))
    return [entry('not_applicable', subject, { note: '未列项目' })];
  const { list } = listed;
  const matched = assign(list.named, offers, listed.keys);
  const out: FindingDraft[] = list.named.map((p, i) => {
    const j = matched[i]!;
    // A met entry nobody keeps is the shared PASS: no subject string built for it.
    if (j >= 0)
      return ctx.keepPasses ? entry('pass', `${subject}/${p.name}`, { at: offers[j]!.at }) : PASS;
    const sub = `${subject}/${p.name}`;
    return partRead
      ? entry('fail', sub, { at: p.at, expectedText: p.name })
      : entry('insufficient_data', sub, { at: p.at, note: '未能读取该部分' });
  });
  const unexplained = list.unnamed - withheldProjects(d);
  if (unexplained > 0)
    out.push(
      entry('insufficient_data', subject, {
        note: `${unexplained} 个项目未印项目名称，且未声明不予公开`,
      }),
    );
  return out;
}
