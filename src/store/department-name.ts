// Region, locality and level from a department's name, where the name says them:
// 新疆维吾尔自治区人民政府办公厅 → 新疆, 省级; 新疆维吾尔自治区喀什地区行政公署… → 新疆 / 喀什地区, 市级;
// 上海市普陀区财政局 → 上海 / 普陀区, 区县级.
import type { DepartmentLevel } from './store.js';

export interface DepartmentPlace {
  region: string | null;
  locality: string | null;
  level: DepartmentLevel | null;
}

// Province-level names as printed → their short form.
const PROVINCES: readonly (readonly [string, string])[] = [
  ['新疆维吾尔自治区', '新疆'],
  ['新疆生产建设兵团', '新疆兵团'],
  ['内蒙古自治区', '内蒙古'],
  ['广西壮族自治区', '广西'],
  ['宁夏回族自治区', '宁夏'],
  ['西藏自治区', '西藏'],
  ['北京市', '北京'],
  ['天津市', '天津'],
  ['上海市', '上海'],
  ['重庆市', '重庆'],
  ['香港特别行政区', '香港'],
  ['澳门特别行政区', '澳门'],
];
const PROVINCE_SUFFIX = /^(.{2,3}?)省/;
const MUNICIPALITIES = new Set(['北京', '天津', '上海', '重庆']);

// A place name ends with one of these; words that name an office, not a place, never appear in it.
const CITY = /^(.{2,8}?(?:地区|自治州|盟|市))/;
const COUNTY = /^(.{1,8}?(?:自治县|县|区|旗|市))/;
const NOT_A_PLACE = /[厅局委办院会部署所处党]|中心|人民|政府|机关|城市|城管/;

function place(re: RegExp, rest: string): string | null {
  const m = re.exec(rest);
  const name = m?.[1];
  if (!name || name.length < 3 || NOT_A_PLACE.test(name)) return null;
  return name;
}

/** The region, locality and level a department name states (nulls where it does not). */
export function parseDepartmentName(name: string): DepartmentPlace {
  const text = name.replace(/\s+/g, '');
  let region: string | null = null;
  let rest = text;
  const known = PROVINCES.find(([full]) => text.startsWith(full));
  if (known) {
    region = known[1];
    rest = text.slice(known[0].length);
  } else {
    const m = PROVINCE_SUFFIX.exec(text);
    if (m?.[1]) {
      region = m[1];
      rest = text.slice(m[0].length);
    }
  }
  if (!region) return { region: null, locality: null, level: null };
  if (MUNICIPALITIES.has(region)) {
    const county = place(COUNTY, rest);
    return county
      ? { region, locality: county, level: '区县级' }
      : { region, locality: null, level: '省级' };
  }
  const city = place(CITY, rest);
  if (!city) return { region, locality: null, level: '省级' };
  const county = place(COUNTY, rest.slice(city.length));
  return county
    ? { region, locality: `${city}${county}`, level: '区县级' }
    : { region, locality: city, level: '市级' };
}
