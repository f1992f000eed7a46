// yusuan template -o FILE.xlsx: the fillable workbook for `yusuan compose` (sheets 单位信息,
// 预算明细, 上年数, 增减原因, 项目说明, 三公, 绩效目标, 政府采购, 国有资产, 名词解释; lists on 代码表).
import { writeFile } from 'node:fs/promises';
import { writeTemplate } from '../../compose/index.js';
import { profileById, PROFILES } from '../../model/profiles/index.js';
import type { CommandResult } from '../result.js';

export interface TemplateCommandOptions {
  output: string;
  profile?: string;
}

export async function templateCommand(opts: TemplateCommandOptions): Promise<CommandResult> {
  if (opts.profile && !profileById(opts.profile))
    return {
      exitCode: 2,
      stdout: '',
      stderr: `--profile ${opts.profile}: 没有这个模板 / no such profile; one of ${PROFILES.map((p) => p.id).join(', ')}\n`,
    };
  if (!opts.output.toLowerCase().endsWith('.xlsx'))
    return {
      exitCode: 2,
      stdout: '',
      stderr: `-o ${opts.output}: 请用 .xlsx 文件名 / use a .xlsx file name\n`,
    };
  const bytes = await writeTemplate(opts.profile ? { profile: opts.profile } : {});
  try {
    await writeFile(opts.output, bytes);
  } catch (e) {
    return {
      exitCode: 2,
      stdout: '',
      stderr: `${opts.output}: 无法写入 / cannot write (${(e as Error).message})\n`,
    };
  }
  return {
    exitCode: 0,
    stdout: `模板已写入 / template written to ${opts.output}; fill it in and run \`yusuan compose ${opts.output} -o disclosure.json\`\n`,
  };
}
