// 三公 因公出国（境）费 (一般公共预算) ≤ 基本支出表 30212 因公出国（境）费用 + 项目支出表 302 类: where else the money can be.
import { withinRule } from './three-public.js';

export const threePublicOutboundWithin = withinRule(
  {
    id: 'cross-table:three-public-outbound-within-spending',
    zh: '一般公共预算“三公”经费因公出国（境）费不超过基本支出表 30212 因公出国（境）费用 与项目支出表商品和服务支出之和',
    en: '"Three public" official travel abroad (general budget) does not exceed economic 30212 of basic expenditure plus the project table\'s 302 column',
    basis:
      '一般公共预算“三公”经费只能来自基本支出的 30212 因公出国（境）费用 与项目支出的商品和服务支出',
  },
  'outbound',
);
