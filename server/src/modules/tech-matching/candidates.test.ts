import { describe, expect, it } from 'vitest';
import { candidateQueryOf, candidateTuning } from './candidates.js';
import { scoreCandidate } from './rank.js';
import { keyTerms } from './terms.js';

const cap = candidateTuning.dfCap;
const w = (term: string, df: number) => ({ term, df, idf: Math.log(1 + 1_000_000 / Math.max(1, df)) });

describe('the candidate query of a demand', () => {
  it('ORs the rarest terms, at most queryTerms of them, and never asks for a term absent from the index', () => {
    const q = candidateQueryOf([
      w('装置', cap),
      w('驱鸟', 12),
      w('输电', 300),
      w('线路', cap - 1),
      w('不存在', 0),
      ...'abcdef'.split('').map((c, i) => w(`词${c}`, 400 + i)),
    ]);
    expect(q.all).toEqual([]);
    expect(q.any).toHaveLength(candidateTuning.queryTerms);
    expect(q.any.slice(0, 2)).toEqual(['驱鸟', '输电']);
    expect(q.any).not.toContain('不存在');
    expect(q.any).not.toContain('装置');
  });

  it('ANDs the two least common words of a vague demand instead of ranking every patent with either', () => {
    expect(candidateQueryOf([w('控制', cap * 50), w('焊接', cap * 2), w('设备', cap * 80)])).toEqual({ any: [], all: ['焊接', '控制'] });
    expect(candidateQueryOf([w('驱鸟', 5), w('焊接', cap * 2), w('设备', cap * 80)])).toEqual({ any: ['驱鸟'], all: ['焊接', '设备'] });
    expect(candidateQueryOf([w('设备', cap * 80)])).toEqual({ any: ['设备'], all: [] });
  });
});

describe('key terms and explanations', () => {
  it('drops boilerplate and posting markers but keeps the technology', () => {
    expect(keyTerms('【演示】我公司需要一种锂离子电池正极材料的制备方法')).toEqual(['锂离子', '电池', '正极', '材料', '制备']);
  });

  it('explains a score by shared terms, IPC main group and place', () => {
    const s = scoreCandidate(
      {
        terms: [w('锂离子', 100), w('正极', 200)],
        ipcHints: ['H01M 4/36'],
        regionCode: '370811',
        placeNames: { county: '任城区', city: '济宁市', province: '山东省' },
      },
      { title: '一种锂离子电池正极材料', body: '', ipc: ['H01M4/525'], regionCode: '370811002' },
    );
    expect(s.explanation).toBe('共同关键词：锂离子、正极；同属IPC主组 H01M 4/00；与需求方同在任城区。');
    const far = scoreCandidate(
      {
        terms: [w('锂离子', 100), w('正极', 200)],
        ipcHints: ['H01M'],
        regionCode: '370811',
        placeNames: { county: '任城区', city: '济宁市', province: '山东省' },
      },
      { title: '一种锂离子电池', body: '含正极', ipc: ['C01B'], regionCode: '440300' },
    );
    expect(far.reasons.map((r) => r.kind)).toEqual(['terms']);
    expect(far.score).toBeLessThan(s.score);
  });
});
