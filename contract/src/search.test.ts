import { describe, expect, it } from 'vitest';
import { ipcTitleParts } from './search.js';

// Titles as the IPC scheme file has them (../shared/data/ipc-scheme-zh.jsonl).
describe('ipcTitleParts', () => {
  it('drops version marks of any form', () => {
    expect(ipcTitleParts('圆盘耙片；清理圆盘耙片的刮土刀；刃磨附属装置〔2〕').title).toBe('圆盘耙片；清理圆盘耙片的刮土刀；刃磨附属装置');
    expect(ipcTitleParts('化学化合物或制剂的杀生、害虫驱避、害虫引诱或植物生长调节活性 〔8〕').title).toBe(
      '化学化合物或制剂的杀生、害虫驱避、害虫引诱或植物生长调节活性',
    );
    expect(ipcTitleParts('旅行或野营装备；随身携带的袋或包〔1,8〕').title).toBe('旅行或野营装备；随身携带的袋或包');
    expect(ipcTitleParts('本部其他类目中不包括的技术主题〔８〕').title).toBe('本部其他类目中不包括的技术主题');
    expect(ipcTitleParts('某装置〔4.2.0〕〔b,e〕').title).toBe('某装置');
  });

  it('keeps a bracketed Chinese term, which is no version mark', () => {
    expect(ipcTitleParts('扫描探针显微术〔原子力显微术〕').title).toBe('扫描探针显微术〔原子力显微术〕');
  });

  it('splits the note off the title', () => {
    const a24 = ipcTitleParts('烟草；雪茄烟；纸烟；模拟吸烟装置；吸烟者用品 注意： 此类术语或表达式的含义如下： “模拟吸烟装置”是指不燃烧烟草而吸烟行为的装置');
    expect(a24.title).toBe('烟草；雪茄烟；纸烟；模拟吸烟装置；吸烟者用品');
    expect(a24.note).toMatch(/^注意：/);
    const b81 = ipcTitleParts('微观结构技术[7] 注意 1.本大类涵盖微结构装置或系统');
    expect(b81).toEqual({ title: '微观结构技术', note: '注意 1.本大类涵盖微结构装置或系统' });
    expect(ipcTitleParts('电学')).toEqual({ title: '电学', note: null });
    expect(ipcTitleParts('注意力检测装置').title).toBe('注意力检测装置');
  });
});
