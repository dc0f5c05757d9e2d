/**
 * Patent-intensive products (专利密集型产品) are assessed on the published evaluation criteria,
 * 《企业专利密集型产品评价方法》 (国家知识产权局). Their text is not in the project's reference documents
 * (../shared/docs, ../shared/data), so the criteria are kept here as data, each marked `verified: false`:
 * what they test and their thresholds are settings to check against the published text before use, not a
 * statement of it. Criteria the platform has no data for are answered "unknown", never "met".
 */
export const INTENSIVE_CRITERIA_SOURCE = '《企业专利密集型产品评价方法》（国家知识产权局）——条文未在项目资料中核对，以下各项及阈值均为待核对的设置';

export interface IntensiveCriterion {
  code: string;
  label: string;
  /** False until checked against the published text. */
  verified: boolean;
  /** The threshold, where the criterion has one (a setting). */
  threshold?: number;
}

export const INTENSIVE_CRITERIA: readonly IntensiveCriterion[] = [
  { code: 'invention_patent', label: '产品使用至少一件有效发明专利（本企业持有或获得许可）', verified: false, threshold: 1 },
  { code: 'patents_in_force', label: '产品涉及的专利均在有效期内且权属清晰（持有或获得实施许可）', verified: false },
  { code: 'sales', label: '产品年销售额达到阈值（元）', verified: false, threshold: 10_000_000 },
  { code: 'revenue_share', label: '产品销售收入占企业营业收入的比重达到阈值', verified: false, threshold: 0.5 },
];

export interface IntensiveFacts {
  /** Kinds of the product's patents (all held or licensed and in force — the filing checks ensure it). */
  patentKinds: readonly string[];
  /** The product's annual sales (yuan), as filed; null when not given. */
  annualSales: number | null;
}

/** The assessment of a patent-intensive product filing on the criteria above. */
export function assessIntensiveProduct(f: IntensiveFacts) {
  const items = INTENSIVE_CRITERIA.map((c) => {
    let result: 'met' | 'not_met' | 'unknown' = 'unknown';
    let note = '';
    if (c.code === 'invention_patent') {
      const n = f.patentKinds.filter((k) => k === 'invention').length;
      result = n >= (c.threshold ?? 1) ? 'met' : 'not_met';
      note = `有效发明专利 ${n} 件`;
    } else if (c.code === 'patents_in_force') {
      result = f.patentKinds.length > 0 ? 'met' : 'not_met';
      note = `涉及专利 ${f.patentKinds.length} 件，提交时已核对权属与有效性`;
    } else if (c.code === 'sales') {
      if (f.annualSales === null) note = '— 未填写年销售额';
      else {
        result = f.annualSales >= (c.threshold ?? 0) ? 'met' : 'not_met';
        note = `年销售额 ${f.annualSales.toLocaleString('zh-CN')} 元`;
      }
    } else {
      note = '— 平台没有企业营业收入数据，无法评价';
    }
    return { code: c.code, label: c.label, result, note: c.verified ? note : `${note}（标准待核对）`, verified: c.verified };
  });
  return { source: INTENSIVE_CRITERIA_SOURCE, items };
}
