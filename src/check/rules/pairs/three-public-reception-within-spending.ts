// 三公 公务接待费 (一般公共预算) ≤ 基本支出表 30217 公务接待费 + 项目支出表 302 类: where else the money can be.
import { withinRule } from './three-public.js';

export const threePublicReceptionWithin = withinRule(
  {
    id: 'cross-table:three-public-reception-within-spending',
    zh: '一般公共预算“三公”经费公务接待费不超过基本支出表 30217 公务接待费 与项目支出表商品和服务支出之和',
    en: '"Three public" official reception (general budget) does not exceed economic 30217 of basic expenditure plus the project table\'s 302 column',
    basis: '一般公共预算“三公”经费只能来自基本支出的 30217 公务接待费 与项目支出的商品和服务支出',
  },
  'reception',
);
