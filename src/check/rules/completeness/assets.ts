// The 情况说明 states the 国有资产占用使用情况 (房屋, 车辆, 大型设备 …).
import type { FindingDraft } from '../../rule.js';
import { RULES_143, met, notFound, obligation } from './ledger.js';

const SUBJECT = '国有资产占用使用情况';

export const assets = obligation({
  id: 'completeness:assets',
  severity: 'error',
  zh: '说明国有资产占用使用情况',
  en: 'The narrative states the state-owned assets the department holds',
  basis: `${RULES_143}：逐步公开国有资产占用情况`,
  evaluate: (d, ctx): FindingDraft[] => {
    const a = d.assets;
    const stated = a && (a.buildings || a.vehicles || a.furniture || a.other || a.largeEquipment);
    if (a && stated) return [met(ctx, SUBJECT, { at: a.at })];
    return [notFound(d, ctx, SUBJECT, /国有资产/)];
  },
});
