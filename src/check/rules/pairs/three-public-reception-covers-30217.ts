// 三公 公务接待费 ≥ 基本支出表 30217 公务接待费: the 三公 figure is the item's 基本支出 and 项目支出 together.
import { coversRule } from './three-public.js';

export const threePublicReceptionCovers = coversRule(
  {
    id: 'cross-table:three-public-reception-covers-30217',
    zh: '“三公”经费表公务接待费不小于一般公共预算基本支出表经济分类 30217 公务接待费',
    en: '"Three public" official reception is at least the basic-expenditure table\'s economic line 30217',
    basis:
      '“三公”经费统计基本支出和项目支出中的同一经济分类支出，基本支出表中的 30217 公务接待费 是其一部分',
  },
  'reception',
);
