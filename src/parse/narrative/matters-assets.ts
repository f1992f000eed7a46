// 国有资产占用使用情况: holdings at a date (房屋, 车辆 by kind, 办公家具, 其他资产, 大型设备) and what
// this year's budget plans to buy (seed 000 lines 1530–1553, seed 004 lines 1044–1072).
import { type AmountUnit, fromCents } from '../../model/money.js';
import type { Assets } from '../../model/other-matters.js';
import { compact, sentenceEnd, splitSentences } from '../text/prose.js';
import { AMOUNT_SOURCE, amountAfter, convertCents, firstAmount } from './matters-figures.js';

const AS_OF = /(截至(?:到)?\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末)?)/;
const AREA = /房屋(?:面积)?(?:共计|合计)?(\d[\d,]*(?:\.\d+)?)平方米/;
// The total is "车辆 97辆" with nothing before 车辆 that names a kind (其他车辆 is a kind).
const VEHICLES = /(?<![\u4e00-\u9fff])车辆(?:共计|合计)?(\d{1,6})辆/;
const VEHICLE_KIND = new RegExp(
  `([\\u4e00-\\u9fff]{2,12}?(?:用车|车辆))(\\d+)辆[，,]?(?:价值)?(?:${AMOUNT_SOURCE})?`,
  'g',
);
// "部门价值 50万元以上大型设备 27台", "单位价值100万元以上大型设备0台（套）"; not 150万元以上.
const OVER_50 = /(?<![\d.])50万元(?:\(含\)|（含）)?以上(?:的)?(?:大型)?设备(\d+)(?:台|套)/;
const OVER_100 = /(?<![\d.])100万元(?:\(含\)|（含）)?以上(?:的)?(?:大型)?设备(\d+)(?:台|套)/;
// The sentence on this year's purchases: "2025年部门预算未安排购置车辆经费，安排购置 50万元以上…".
const PLANNED = /安排(?:购置)?(?:车辆|公务用车)|购置(?:车辆|公务用车)经费|安排购置/;
const NO_VEHICLE_FUNDS = /未安排(?:购置)?(?:车辆|公务用车)(?:购置)?经费/;
const VEHICLE_FUNDS = /安排(?:购置)?(?:车辆|公务用车)(?:购置)?经费/;
const PLANNED_VEHICLES = /购置(?:车辆|公务用车)(\d+)辆/;

export function parseAssets(text: string, unit: AmountUnit): Omit<Assets, 'text' | 'at'> {
  const sentences = splitSentences(text);
  // Each sentence compacted once: compacting a join is joining the compacted sentences.
  const compacted = sentences.map(compact);
  const isPlanned = compacted.map((c) => PLANNED.test(c));
  const plannedText = sentences.filter((_, i) => isPlanned[i]).join('');
  const held = compacted.filter((_, i) => !isPlanned[i]).join('');
  const planned = compacted.filter((_, i) => isPlanned[i]).join('');
  const n = (re: RegExp, t: string) => {
    const m = re.exec(t);
    return m ? Number(m[1]) : undefined;
  };

  const asOf = AS_OF.exec(held)?.[1];
  const area = AREA.exec(held);
  const buildingValue = amountAfter(held, /房屋[^。；]{0,40}?平方米[，,]?(?:价值)?/, unit);
  const vehicles = VEHICLES.exec(held);
  let vehicleBlock: string | undefined;
  if (vehicles) {
    const end = sentenceEnd(held, vehicles.index);
    vehicleBlock = held.slice(vehicles.index, end === -1 ? held.length : end);
  }
  const vehicleValue = vehicleBlock
    ? amountAfter(vehicleBlock, /^车辆(?:共计|合计)?\d+辆[，,]?(?:价值)?/, unit)
    : undefined;
  const kindsFrom = vehicleBlock ? vehicleBlock.indexOf('其中') : -1;
  const byKind =
    vehicleBlock && kindsFrom !== -1
      ? [...vehicleBlock.slice(kindsFrom).matchAll(VEHICLE_KIND)].map((m) => {
          const read = m[3] ? firstAmount(`${m[3]}${m[4]}`) : undefined;
          const cents = read && convertCents(read.cents, read.unit, unit);
          return {
            kind: m[1] ?? '',
            count: Number(m[2]),
            ...(cents === undefined ? {} : { value: fromCents(cents) }),
          };
        })
      : [];
  const furniture = amountAfter(held, /办公家具(?:价值)?(?:为)?/, unit);
  const other = amountAfter(held, /其他资产(?:价值)?(?:为)?/, unit);
  const over50 = n(OVER_50, held);
  const over100 = n(OVER_100, held);

  const vehicleFunds = NO_VEHICLE_FUNDS.test(planned)
    ? 0
    : amountAfter(planned, VEHICLE_FUNDS, unit);
  const plannedVehicles = n(PLANNED_VEHICLES, planned);
  const plannedOver50 = n(OVER_50, planned);
  const plannedOver100 = n(OVER_100, planned);

  return {
    unit,
    ...(asOf ? { asOf } : {}),
    ...(area || buildingValue !== undefined
      ? {
          buildings: {
            ...(area ? { area: Number((area[1] ?? '').replace(/,/g, '')) } : {}),
            ...(buildingValue === undefined ? {} : { value: buildingValue }),
          },
        }
      : {}),
    ...(vehicles
      ? {
          vehicles: {
            count: Number(vehicles[1]),
            ...(vehicleValue === undefined ? {} : { value: vehicleValue }),
            byKind,
          },
        }
      : {}),
    ...(furniture === undefined ? {} : { furniture: { value: furniture } }),
    ...(other === undefined ? {} : { other: { value: other } }),
    ...(over50 !== undefined || over100 !== undefined
      ? { largeEquipment: { ...opt('over50', over50), ...opt('over100', over100) } }
      : {}),
    ...(plannedText
      ? {
          planned: {
            ...opt('vehicleFunds', vehicleFunds),
            ...opt('vehicles', plannedVehicles),
            ...opt('largeEquipmentOver50', plannedOver50),
            ...opt('largeEquipmentOver100', plannedOver100),
            text: plannedText,
          },
        }
      : {}),
  };
}

function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
