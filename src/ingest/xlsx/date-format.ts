// Date and time number formats (yyyy"年"m"月"d"日", yyyy-mm-dd, h:mm:ss): a serial day number
// shown as the spreadsheet shows it. Serials count days from 1900-01-00 (with Excel's fictitious
// 1900-02-29, serial 60) or, in 1904-based workbooks, from 1904-01-01.

const MS_PER_DAY = 86_400_000;
const SECONDS_PER_DAY = 86_400;
/** Serial 60 is 1900-02-29, a day that never was (kept by Excel for Lotus compatibility). */
const FAKE_LEAP_DAY = 60;
const WEEKDAYS_ZH = ['日', '一', '二', '三', '四', '五', '六'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Does this format section show a date or time (an unquoted y, m, d, h, s or aaa weekday)? */
export function isDateSection(section: string): boolean {
  let quoted = false;
  for (let i = 0; i < section.length; i++) {
    const c = section[i]!;
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\\' || c === '_' || c === '*') i++;
    else if (c === '[') {
      const close = section.indexOf(']', i);
      if (close < 0) return false;
      if (/^\[(h+|m+|s+)\]$/i.test(section.slice(i, close + 1))) return true;
      i = close;
    } else if (/[ymdhsYMDHS]/.test(c) || /^aaa/i.test(section.slice(i, i + 3))) return true;
  }
  return false;
}

interface Parts {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
  second: number;
}

function partsOf(serial: number, date1904: boolean): Parts | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return undefined;
  let seconds = Math.round(serial * SECONDS_PER_DAY);
  const days = Math.floor(seconds / SECONDS_PER_DAY);
  seconds -= days * SECONDS_PER_DAY;
  const time = {
    hour: Math.floor(seconds / 3600),
    minute: Math.floor((seconds % 3600) / 60),
    second: seconds % 60,
  };
  if (!date1904 && days === FAKE_LEAP_DAY)
    return { year: 1900, month: 2, day: 29, weekday: 3, ...time };
  const epoch = date1904
    ? Date.UTC(1904, 0, 1)
    : Date.UTC(1899, 11, days < FAKE_LEAP_DAY ? 31 : 30);
  const d = new Date(epoch + days * MS_PER_DAY);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    ...time,
  };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * A serial shown in a date/time format section, or undefined for what this reader does not render
 * (the caller then shows the number as General and says so).
 */
export function formatDate(serial: number, section: string, date1904: boolean): string | undefined {
  const p = partsOf(serial, date1904);
  if (!p) return undefined;
  const twelveHour = /AM\/PM|A\/P|上午\/下午/i.test(section);
  let out = '';
  let lastWasHour = false;
  for (let i = 0; i < section.length;) {
    const c = section[i]!;
    if (c === '"') {
      const close = section.indexOf('"', i + 1);
      out += section.slice(i + 1, close < 0 ? section.length : close);
      i = close < 0 ? section.length : close + 1;
      continue;
    }
    if (c === '\\') {
      out += section[i + 1] ?? '';
      i += 2;
      continue;
    }
    if (c === '_' || c === '*') {
      i += 2;
      continue;
    }
    if (c === '[') {
      const close = section.indexOf(']', i);
      const inner = section.slice(i + 1, close < 0 ? section.length : close);
      if (/^h+$/i.test(inner)) out += String(Math.floor(serial * 24));
      else if (/^[ms]+$/i.test(inner)) return undefined;
      else if (/^DBNum/i.test(inner)) return undefined;
      i = close < 0 ? section.length : close + 1;
      continue;
    }
    const rest = section.slice(i);
    const ampm = /^(AM\/PM|A\/P|上午\/下午)/i.exec(rest);
    if (ampm) {
      const am = p.hour < 12;
      out += ampm[1]!.includes('上午') ? (am ? '上午' : '下午') : am ? 'AM' : 'PM';
      i += ampm[1]!.length;
      continue;
    }
    const run = /^(y+|m+|d+|h+|s+|a{3,4})/i.exec(rest);
    if (!run) {
      out += c;
      i++;
      continue;
    }
    const token = run[1]!.toLowerCase();
    const n = token.length;
    i += n;
    const minute =
      token[0] === 'm' && n <= 2 && (lastWasHour || /^[^"ymdh]*s/i.test(section.slice(i)));
    lastWasHour = token[0] === 'h';
    switch (token[0]) {
      case 'y':
        out += n <= 2 ? pad(p.year % 100, 2) : String(p.year);
        break;
      case 'm':
        if (minute) out += n === 2 ? pad(p.minute, 2) : String(p.minute);
        else if (n <= 2) out += n === 2 ? pad(p.month, 2) : String(p.month);
        else if (n === 3) out += MONTHS_EN[p.month - 1]!.slice(0, 3);
        else if (n === 4) out += MONTHS_EN[p.month - 1]!;
        else out += MONTHS_EN[p.month - 1]!.charAt(0);
        break;
      case 'd':
        if (n <= 2) out += n === 2 ? pad(p.day, 2) : String(p.day);
        else out += n === 3 ? WEEKDAYS_EN[p.weekday]!.slice(0, 3) : WEEKDAYS_EN[p.weekday]!;
        break;
      case 'h': {
        const h = twelveHour ? p.hour % 12 || 12 : p.hour;
        out += n >= 2 ? pad(h, 2) : String(h);
        break;
      }
      case 's':
        out += n >= 2 ? pad(p.second, 2) : String(p.second);
        break;
      case 'a':
        out += (n === 4 ? '星期' : '') + WEEKDAYS_ZH[p.weekday]!;
        break;
    }
  }
  return out;
}
