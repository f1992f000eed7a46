// What the preparer left out that a complete disclosure states (check's completeness rules ask
// for each), and 三公 figures the line items cannot hold. Compose writes what it has and says so.
import { fenOf } from './amounts.js';
import type { Profile } from '../model/profiles/index.js';
import type { ComposeContext } from './lines.js';
import { generalProjects } from './narrative/projects.js';
import type { ComposeWarning } from './warnings.js';

export function matterWarnings(ctx: ComposeContext, profile: Profile): ComposeWarning[] {
  const i = ctx.input;
  const out: ComposeWarning[] = [];
  const missing = (subject: string, what: string) =>
    out.push({
      code: 'matter-missing',
      subject,
      message: `${what}: not given; the disclosure will lack it`,
    });
  if (i.overview.functions.length === 0) missing('职能', '部门职能 (单位信息: 职能)');
  if (i.overview.internalUnits.length === 0) missing('内设机构', '内设机构 (单位信息: 内设机构)');
  if (!i.procurement) missing('政府采购', '政府采购 (sheet 政府采购)');
  if (!i.assets) missing('国有资产', '国有资产占用使用情况 (sheet 国有资产)');
  if (i.operatingCosts === undefined)
    missing('机关运行经费', '机关运行经费 (单位信息: 机关运行经费（元）)');
  if (Object.keys(i.prior).length === 0)
    missing('上年数', 'last year’s figures (sheet 上年数) for the changes on last year');
  for (const p of generalProjects(ctx))
    if (!p.note)
      out.push({
        code: 'project-undescribed',
        subject: p.name,
        message: `project ${p.name} (${p.unit}) has no 项目说明 (sheet 项目说明)`,
      });
  const carried = ctx.lines.filter((l) => l.info.carryover !== undefined);
  if (carried.length && profile.id !== 'xinjiang-2025')
    out.push({
      code: 'source-unsupported',
      subject: '上年结转',
      message: `${profile.name} has no 上年结转 lines in its 收支总体 table; ${carried.length} carried-over line item(s) appear in the 收入/支出 tables only, so 收入总计 will not equal 支出总计`,
    });
  for (const budget of ['general', 'fund', 'capital'] as const) {
    const three = i.threePublic.reduce(
      (a, r) => a + (r[budget] === undefined ? 0 : fenOf(r[budget])),
      0,
    );
    const money = ctx.lines.reduce((a, l) => a + (l.info.budget === budget ? l.fen : 0), 0);
    if (three > money)
      out.push({
        code: 'three-public-exceeds',
        subject: budget,
        message: `the 三公 of the ${budget} budget exceed all its line items`,
      });
  }
  return out;
}
