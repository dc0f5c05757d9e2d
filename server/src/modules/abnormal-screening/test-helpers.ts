import type { AppContext } from '../../platform/context.js';
import { runPatentWriteHooks } from '../patents/api.js';

/** A seeded PRNG (mulberry32) for synthetic texts. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words of patent prose: texts made of them share boilerplate as real abstracts do, and little else.
const WORDS = (
  '装置 系统 方法 结构 组件 模块 电池 电极 材料 涂层 传感器 控制器 电路 信号 数据 处理 检测 测量 温度 压力 流量 阀门 管道 ' +
  '电机 齿轮 轴承 壳体 底座 支架 连接件 固定板 滑轨 弹簧 卡扣 螺栓 密封圈 冷却 加热 过滤 分离 混合 搅拌 输送 切割 焊接 ' +
  '喷涂 打磨 清洗 干燥 包装 识别 定位 导航 通信 无线 天线 芯片 存储 算法 模型 图像 视频 音频 光源 透镜 显示 触控 ' +
  '纤维 树脂 合金 陶瓷 催化剂 溶液 颗粒 粉末 薄膜 基板 晶体 半导体 激光 超声 磁场 电场 风机 泵体 叶轮 转子 定子 ' +
  '农业 种植 灌溉 养殖 饲料 食品 发酵 药物 制剂 医疗 手术 器械 康复 建筑 混凝土 钢筋 模板 桥梁 隧道 道路 车辆 ' +
  '底盘 悬架 制动 转向 座椅 车灯 充电 储能 光伏 风电 燃料 氢气 回收 环保 废水 废气 除尘 降噪 节能 安全 监控'
).split(' ');
const GLUE = ['，', '。', '的', '与', '及', '通过', '包括', '设置有', '连接', '位于', '用于', '其中', '所述'];

/** A topic: a dozen words of the vocabulary (texts of different topics share little but boilerplate). */
export function topicOf(rng: () => number, size = 12): string[] {
  return Array.from({ length: size }, () => WORDS[Math.floor(rng() * WORDS.length)] as string);
}

/** A synthetic patent text of about `chars` characters on a topic (a fresh random one by default). */
export function syntheticText(rng: () => number, chars: number, topic: readonly string[] = topicOf(rng)): string {
  let s = '';
  while (s.length < chars) {
    s += topic[Math.floor(rng() * topic.length)] as string;
    if (rng() < 0.6) s += GLUE[Math.floor(rng() * GLUE.length)] as string;
  }
  return s;
}

/** A near copy: a few words of the text replaced (a planted near duplicate, as a re-filed application reworded). */
export function nearCopy(text: string, rng: () => number, edits: number): string {
  let out = text;
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rng() * Math.max(1, out.length - 2));
    out = out.slice(0, at) + (WORDS[Math.floor(rng() * WORDS.length)] as string) + out.slice(at + 2);
  }
  return out;
}

export interface TestPatent {
  title: string;
  abstract?: string | null;
  claim?: string | null;
  applicants?: string[];
  /** The platform organisation of the first applicant (patent_parties.org_id). */
  applicantOrgId?: number | null;
  holders?: string[];
  address?: string | null;
  appDate?: string;
  region?: string;
}

let seq = 0;

/** Inserts patents with their texts, applicants and address, then runs the patent write hooks (as the importer does). */
export async function insertTestPatents(ctx: AppContext, patents: readonly TestPatent[]): Promise<number[]> {
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const ids: number[] = [];
    for (const p of patents) {
      seq += 1;
      const applicants = p.applicants ?? ['测试申请人有限公司'];
      const r = await trx
        .insertInto('patents')
        .values({
          app_no: `CN2025${String(seq).padStart(7, '0')}.${seq % 10}`,
          pub_no: null,
          grant_no: null,
          kind: 'utility',
          title: p.title,
          abstract: p.abstract ?? null,
          first_claim: p.claim ?? null,
          app_date: p.appDate ?? '2025-03-01',
          pub_date: null,
          grant_date: null,
          priority_date: null,
          applicants: JSON.stringify(applicants),
          holders: JSON.stringify(p.holders ?? applicants),
          inventors: '[]',
          applicant_type: null,
          address: p.address ?? null,
          region_code: p.region ?? '370811',
          main_ipc: null,
          ipc: '[]',
          cpc: '[]',
          agency: null,
          agents: '[]',
          pct: null,
          family: '[]',
          citations: '[]',
          source_status: null,
          expires_on: null,
          terminated_on: null,
          is_demo: 0,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const id = Number(r.id);
      await trx
        .insertInto('patent_parties')
        .values(applicants.map((name, i) => ({ patent_id: id, role: 'applicant', seq: i + 1, name, org_id: i === 0 ? (p.applicantOrgId ?? null) : null })))
        .execute();
      ids.push(id);
    }
    await runPatentWriteHooks(ctx, trx, ids);
    return ids;
  });
}

/** Records a registered transfer on the patent's history (as imported from CNIPA's data). */
export async function insertTransfer(ctx: AppContext, patentId: number, date: string): Promise<void> {
  await ctx.db
    .insertInto('patent_events')
    .values({
      patent_id: patentId,
      event_date: date,
      kind: 'transfer',
      summary: '专利权转移',
      details: null,
      source: 'test',
      created_at: ctx.clock.now().toISOString(),
    })
    .execute();
}

/** A flag written directly (for the route matrix and other tests), open unless told otherwise. */
export async function flagForTest(ctx: AppContext, o: { regionCode: string; orgId?: number | null; status?: 'open' | 'confirmed' }): Promise<number> {
  seq += 1;
  const at = ctx.clock.now().toISOString();
  const r = await ctx.db
    .insertInto('screening_flags')
    .values({
      flag_key: `test:${seq}:${at}`,
      signal: 'cluster',
      status: o.status ?? 'open',
      subject: '测试地址',
      region_code: o.regionCode,
      patent_id: null,
      other_patent_id: null,
      org_id: o.orgId ?? null,
      score: 0.5,
      explanation: JSON.stringify({
        code: 'screening.signal.cluster',
        params: { address: '测试地址', applicants: 5, count: 5, minApplicants: 5, names: '测试' },
      }),
      patent_ids: '[]',
      decision_reason: null,
      decided_by: null,
      decided_at: null,
      credit_listing_id: null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}
