// 三公 因公出国（境）费 ≥ 基本支出表 30212 因公出国（境）费用: the 三公 figure is the item's 基本支出 and 项目支出 together.
import { coversRule } from './three-public.js';

export const threePublicOutboundCovers = coversRule(
  {
    id: 'cross-table:three-public-outbound-covers-30212',
    zh: '“三公”经费表因公出国（境）费不小于一般公共预算基本支出表经济分类 30212 因公出国（境）费用',
    en: '"Three public" official travel abroad is at least the basic-expenditure table\'s economic line 30212',
    basis:
      '“三公”经费统计基本支出和项目支出中的同一经济分类支出，基本支出表中的 30212 因公出国（境）费用 是其一部分',
  },
  'outbound',
);
