// 编制数 and 实有人数 with 在职/退休/离休 and their change on last year: "编制数 362，实有人数 873人，其中：
// 在职 366人，减少 26人；退休 506人，增加 8人；离休 1人，增加 0人。" (seed 000), "编\n制数20人" (seed 004).
import type { Headcount, Overview } from '../../model/overview.js';
import { compact } from '../text/prose.js';

const AUTHORIZED = /编制(?:数|人数)?(?:为)?(\d+)(?:人|名)?/;
const ACTUAL = /实有(?:人数|人员)?(?:为)?(\d+)(?:人|名)/;
// Head count, then its change: 增加/减少 n人, or 持平/无变化/不变 (0).
const CHANGE = /^[，,]?(?:比上年)?(?:(增加|减少)(\d+)(?:人|名)|(持平|无变化|不变))/;

function headcount(text: string, label: RegExp): Headcount | undefined {
  const m = label.exec(text);
  if (!m) return undefined;
  const count = Number(m[1]);
  const change = CHANGE.exec(text.slice(m.index + m[0].length));
  if (!change) return { count };
  if (change[3]) return { count, change: 0 };
  const n = Number(change[2]);
  return { count, change: change[1] === '减少' && n > 0 ? -n : n };
}

export function parseStaffing(text: string): Overview['staffing'] {
  const c = compact(text);
  const authorized = AUTHORIZED.exec(c);
  const actual = ACTUAL.exec(c);
  const active = headcount(c, /在职(?:人员)?(\d+)(?:人|名)/);
  // 退休 but not the 退休 of 离退休 (离退休干部工作处 is a unit name).
  const retired = headcount(c, /(?<!离)退休(?:人员)?(\d+)(?:人|名)/);
  const separated = headcount(c, /离休(?:人员)?(\d+)(?:人|名)/);
  return {
    ...(authorized ? { authorized: Number(authorized[1]) } : {}),
    ...(actual ? { actual: Number(actual[1]) } : {}),
    ...(active ? { active } : {}),
    ...(retired ? { retired } : {}),
    ...(separated ? { separated } : {}),
  };
}
