import { decadeToken, monthToken, yearToken } from './filter-tokens.js';

/** Most tokens a range is covered by; more posting lists cost more to merge than a row-by-row check. */
const MAX_TOKENS = 12;

const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Hidden tokens whose union covers a closed date range (yyyymmdd integers): whole decades (2010–2019) as
 * decade tokens, other whole calendar years as year tokens, the rest month by month
 * (20190315–20210620 → am201903…am201912, ay2020, am202101…am202106; 2010–2020 → ax201, ay2020).
 * `exact` when the range starts on the 1st and ends on the last day of a month: then the tokens alone
 * answer it; otherwise they are a superset checked against the facts table. Null for open ranges and
 * ranges needing more than 12 tokens, where merging that many posting lists costs more than it saves.
 */
export function dateRangeTokens(field: 'AD' | 'PD' | 'GD', from: number | null, to: number | null): { tokens: string[]; exact: boolean } | null {
  if (from === null || to === null || from > to) return null;
  const [y0, m0] = [Math.floor(from / 10000), Math.floor(from / 100) % 100];
  const [y1, m1] = [Math.floor(to / 10000), Math.floor(to / 100) % 100];
  const end = y1 * 12 + m1;
  const tokens: string[] = [];
  for (let cur = y0 * 12 + m0; cur <= end;) {
    const [y, m] = [Math.floor((cur - 1) / 12), ((cur - 1) % 12) + 1];
    if (m === 1 && y % 10 === 0 && y * 12 + 120 <= end) {
      tokens.push(decadeToken(field, y).token);
      cur += 120;
    } else if (m === 1 && y * 12 + 12 <= end) {
      tokens.push(yearToken(field, y).token);
      cur += 12;
    } else {
      tokens.push(monthToken(field, y, m).token);
      cur += 1;
    }
    if (tokens.length > MAX_TOKENS) return null;
  }
  return { tokens, exact: from % 100 === 1 && to % 100 === lastDayOf(y1, m1) };
}
