import type { CountyChoice, IpcGroup, TitleRow } from './reference-data.js';

/**
 * Deterministic synthetic patents in the column layout of a Chinese commercial database export (申请号,
 * 专利名称, 申请摘要, 主权项, 申请人, 分类号 …), built from real titles and IPC group titles: the
 * search tests and the benchmark feed them through the real importer.
 */

/** Seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
/** Skewed pick: low indexes far more often (a few big applicants, a long tail). */
const pickSkewed = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() ** 2.5 * list.length)] as T;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾孔'];
const GIVEN = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌宇浩鹏飞云龙海燕晨阳雪梅玉兰凤春光荣新亮成东波辉晓'];
const CITIES = [
  '济宁',
  '邹城',
  '曲阜',
  '兖州',
  '嘉祥',
  '金乡',
  '济南',
  '青岛',
  '淄博',
  '潍坊',
  '烟台',
  '临沂',
  '泰安',
  '日照',
  '德州',
  '聊城',
  '滨州',
  '菏泽',
  '枣庄',
  '东营',
  '威海',
];
const BRANDS = [...'华鲁金泰恒宏盛源通达信诚科创瑞丰裕德昌隆兴安康美新正'];
const TRADES = [
  '机械制造',
  '电子科技',
  '新能源科技',
  '化工',
  '生物科技',
  '智能装备',
  '医疗器械',
  '材料科技',
  '农业科技',
  '电力设备',
  '矿山机械',
  '汽车零部件',
  '纺织',
  '食品',
  '环保科技',
  '信息技术',
];
const SUFFIXES = ['有限公司', '股份有限公司', '集团有限公司', '有限责任公司'];
const SCHOOLS = ['山东大学', '曲阜师范大学', '济宁学院', '济宁医学院', '山东理工大学', '中国矿业大学', '山东科技大学', '青岛大学', '济南大学', '山东农业大学'];
const OPENINGS = ['本{k}公开了{t}，', '本{k}涉及{t}技术领域，具体为{t}，', '本{k}提供了{t}，'];
const JOINERS = ['，', '，', '、', '；', '。'];
const TAILS = ['结构简单，使用方便。', '提高了生产效率，降低了成本。', '有效解决了现有技术中存在的问题。', '具有良好的应用前景。', '安全可靠，易于推广。'];

/** Synthetic applicant pool: a few thousand companies and the universities, big ones first. */
export function applicantPool(rng: Rng, size = 3000): string[] {
  const names = new Set<string>(SCHOOLS);
  while (names.size < size) names.add(`${pick(rng, CITIES)}${pick(rng, BRANDS)}${pick(rng, BRANDS)}${pick(rng, TRADES)}${pick(rng, SUFFIXES)}`);
  return [...names].sort(() => rng() - 0.5);
}

const AGENCIES = CITIES.flatMap((c, i) => [
  `${c}${BRANDS[i % BRANDS.length] ?? '华'}知识产权代理有限公司`,
  `${c}${BRANDS[(i + 7) % BRANDS.length] ?? '信'}专利事务所（普通合伙）`,
]);

/** What every synthetic patent draws from. */
export interface CorpusVocabulary {
  titles: readonly TitleRow[];
  groups: ReadonlyMap<string, readonly IpcGroup[]>;
  applicants: readonly string[];
  jining: readonly CountyChoice[];
  other: readonly CountyChoice[];
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const DAY = 86_400_000;

function sentence(rng: Rng, groups: readonly IpcGroup[], minLength: number, maxLength: number): string {
  const target = int(rng, minLength, maxLength);
  let s = '';
  while (s.length < target && groups.length > 0) s += pick(rng, groups).title + pick(rng, JOINERS);
  return s.slice(0, target).replace(/[，、；。]?$/, '。');
}

/**
 * The i-th synthetic patent as an export row. `title` fixes the title (tests use each real title
 * once); otherwise one is drawn. `asOf` bounds every date (nothing is granted in the future).
 */
export function syntheticPatentRow(i: number, rng: Rng, v: CorpusVocabulary, asOf: string, title?: TitleRow): Record<string, string> {
  const t = title ?? pick(rng, v.titles);
  const kind = /U$/.test(t.pubNo) ? 'utility' : rng() < 0.1 ? 'design' : 'invention';
  // Subclasses moved in the current IPC edition (H01L → H10) borrow the groups of their class.
  const groupsOf = (s: string) => v.groups.get(s) ?? v.groups.get(s.slice(0, 3)) ?? [];
  const groups = t.subclasses.flatMap(groupsOf);
  const codes = [...new Set(t.subclasses.map((s) => (groupsOf(s).length ? pick(rng, groupsOf(s)).code : `${s}1/00`)))];
  const end = Date.parse(asOf);
  const year = 2000 + Math.floor(Math.sqrt(rng()) * 26);
  const app = Math.min(Date.UTC(year, 0, 1) + Math.floor(rng() * 365) * DAY, end - 30 * DAY);
  const granted = rng() < (kind === 'invention' ? 0.55 : 0.96);
  const grant = app + (kind === 'invention' ? int(rng, 700, 1500) : int(rng, 100, 300)) * DAY;
  const pub = kind === 'invention' ? app + int(rng, 180, 560) * DAY : grant;
  const isGranted = granted && grant < end;
  const digit = { invention: 1, utility: 2, design: 3 }[kind];
  const seq = pad(i % 10_000_000, 7);
  const appNo = `CN${new Date(app).getUTCFullYear()}${digit}${seq}.${i % 10}`;
  const pubNo = `CN${pad(100_000_000 + i, 9)}${kind === 'invention' ? 'A' : kind === 'utility' ? 'U' : 'S'}`;
  let status = kind === 'invention' ? (pub < end ? '审中-实质审查' : '审中-公开前') : '审中';
  let statusDate = '';
  if (isGranted) {
    status = '有权-审定授权';
    if (rng() < 0.35) {
      const lapse = grant + int(rng, 365, 3650) * DAY;
      if (lapse < end) [status, statusDate] = ['无权-未缴年费专利权终止', isoDay(lapse)];
    }
  } else if (kind === 'invention' && rng() < 0.3) {
    const at = app + int(rng, 600, 1400) * DAY;
    if (at < end) [status, statusDate] = [rng() < 0.5 ? '无权-驳回' : '无权-视为撤回', isoDay(at)];
  }
  const county = rng() < 0.7 ? pick(rng, v.jining) : pick(rng, v.other);
  const applicants = [pickSkewed(rng, v.applicants), ...(rng() < 0.2 ? [pickSkewed(rng, v.applicants)] : [])];
  const inventors = Array.from({ length: int(rng, 1, 5) }, () => pick(rng, SURNAMES) + pick(rng, GIVEN) + (rng() < 0.6 ? pick(rng, GIVEN) : ''));
  const k = kind === 'invention' ? '发明' : kind === 'utility' ? '实用新型' : '外观设计';
  const body = t.title.replace(/^一种/, '');
  const opening = pick(rng, OPENINGS).replaceAll('{k}', k).replaceAll('{t}', `一种${body}`);
  return {
    申请号: appNo,
    公开号: kind === 'invention' ? pubNo : isGranted ? pubNo : '',
    授权公告号: isGranted && kind === 'invention' ? pubNo.replace(/A$/, 'B') : '',
    专利类型: k,
    专利名称: t.title,
    申请摘要: opening + sentence(rng, groups, 150, 260) + pick(rng, TAILS),
    主权项: `1.一种${body}，其特征在于，包括` + sentence(rng, groups, 120, 480),
    申请日: isoDay(app),
    公开日: pub < end ? isoDay(pub) : '',
    授权公告日: isGranted ? isoDay(grant) : '',
    申请人: [...new Set(applicants)].join(';'),
    发明人: inventors.join(';'),
    申请人地址: `${county.fullName}${pick(rng, BRANDS)}${pick(rng, BRANDS)}路${int(rng, 1, 999)}号`,
    国省代码: '山东(37)',
    主分类号: codes[0] ?? '',
    分类号: codes.join(';'),
    专利代理机构: rng() < 0.8 ? pick(rng, AGENCIES) : '',
    法律状态: status,
    法律状态公告日: statusDate,
  };
}
