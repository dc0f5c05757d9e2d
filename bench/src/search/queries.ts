import type { TitleRow } from '../../../server/src/modules/patents/search/testing/reference-data.js';

/** Query classes of the benchmark, each with its own latency figures. */
export type QueryClass = 'plain' | 'fielded' | 'filtered' | 'faceted';

/** One benchmark query; plain queries carry their AND terms so recall can be checked against a substring scan. */
export interface BenchQuery {
  cls: QueryClass;
  q: string;
  facets: boolean;
  terms?: string[];
}

/** Terms users type (many of 2 characters). */
const COMMON = [
  '电池', '芯片', '无人机', '电机', '传感器', '控制', '轴承', '齿轮', '阀门', '电路', '焊接', '涂料', '催化剂', '光伏', '锂电',
  '混凝土', '算法', '图像', '数据', '机器人', '医疗', '农药', '消毒', '充电', '散热', '装置', '方法', '系统', '键合', '极片',
  '地基', '钢筋', '水泥', '轮胎', '电极', '储能', '激光', '污水', '玻璃', '显示',
]; // prettier-ignore
const CITIES = ['济宁', '邹城', '曲阜', '兖州', '青岛', '济南', '潍坊', '临沂'];
const SUBCLASSES = ['H01M', 'G06F', 'B65G', 'A61B', 'H02J', 'G01N', 'B23K', 'C02F', 'E04B', 'F16K', 'H04L', 'B01D', 'A01G', 'G06Q', 'H01L'];
const CLASSES = ['H01', 'G06', 'B65', 'A61', 'H02', 'G01', 'C02', 'E04', 'F16', 'B01'];
const COUNTIES = ['370811', '370812', '370826', '370827', '370828', '370829', '370830', '370831', '370832', '370881', '370883'];

/** A random CJK substring of 2–4 characters of a real title (what a user might look for). */
function titleSubstring(rng: () => number, titles: readonly TitleRow[]): string {
  for (;;) {
    const t = (titles[Math.floor(rng() * titles.length)] as TitleRow).title.replace(/^一种/, '');
    const len = 2 + Math.floor(rng() * 3);
    const start = Math.floor(rng() * Math.max(1, t.length - len));
    const s = t.slice(start, start + len);
    if (s.length === len && /^[\u4e00-\u9fff]+$/.test(s)) return s;
  }
}

/** The fixed query set (≥ 200 queries), the same for a seed on every run and both dialects. */
export function buildQueries(rng: () => number, titles: readonly TitleRow[]): BenchQuery[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  const term = () => (rng() < 0.5 ? pick(COMMON) : titleSubstring(rng, titles));
  const out: BenchQuery[] = [];
  const plain = (terms: string[]) => out.push({ cls: 'plain', q: terms.join(' '), facets: false, terms });
  for (const t of COMMON) plain([t]);
  for (let i = 0; i < 35; i++) plain([titleSubstring(rng, titles)]);
  for (let i = 0; i < 25; i++) plain(Array.from({ length: 2 + Math.floor(rng() * 2) }, term));

  const year = () => 2003 + Math.floor(rng() * 18);
  const fielded = [
    () => `TI=${term()} AND PA=${pick(CITIES)}`,
    () => `TI=(${term()} OR ${term()}) NOT TI=${term()}`,
    () => `AB=${term()} AND CL=${term()}`,
    () => `TX=${term()} NOT TX=${term()}`,
    () => `(TI=${term()} OR AB=${term()}) AND PT=实用新型`,
    () => `PA=(${pick(CITIES)} OR 大学) AND TI=${term()}`,
    () => `IN=${pick([...'王李张刘陈杨'])} AND TI=${term()}`,
    () => `AG=知识产权 AND TX=${term()}`,
  ];
  for (let i = 0; i < 40; i++) out.push({ cls: 'fielded', q: (fielded[i % fielded.length] as () => string)(), facets: false });

  const filtered = [
    () => `${term()} AND IC=${pick(SUBCLASSES)} AND AD=${((y) => `${y}:${y + 1 + Math.floor(rng() * 5)}`)(year())}`,
    () => `IC=${pick(SUBCLASSES)} AND AD=${((y) => `${y}:${y + 3}`)(year())}`,
    () => `${term()} AND IC=${pick(CLASSES)} AND AD>=${year()}0101`,
    () => `${term()} AND RG=${pick(COUNTIES)} AND LS=有效`,
    () => ((y) => `${term()} AND PD=${y}0301:${y + 3}0630 AND PT=发明`)(year()),
  ];
  for (let i = 0; i < 40; i++) out.push({ cls: 'filtered', q: (filtered[i % filtered.length] as () => string)(), facets: false });

  for (let i = 0; i < 30; i++) {
    const q = i % 3 === 2 ? `${term()} AND IC=${pick(CLASSES)} AND AD=2010:2020` : i % 3 === 1 ? `${term()} ${term()}` : term();
    out.push({ cls: 'faceted', q, facets: true });
  }
  return out;
}
