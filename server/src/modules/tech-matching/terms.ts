import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { foldRuns } from '../patents/api.js';

/**
 * Key terms of a technology text (关键词): the text segmented by jieba (@node-rs/jieba 2.x), words of two
 * or more letters/digits kept in order of first appearance, with the filler of patent titles and of
 * business prose removed (一种, 及其, 我公司, 需要 …). Matching then asks the bigram index for each term
 * as an exact phrase, so a jieba mis-split can cost a term but never returns a false hit.
 */

let jieba: Jieba | null = null;
/** The segmenter, loaded once (the dictionary takes ~100 ms to load). */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Words that say nothing about the technology (patent boilerplate and demand prose). */
const STOP_WORDS = new Set(
  `一种 及其 以及 用于 基于 所述 其中 包括 具有 进行 通过 一个 多个 至少 以上 以下 我们 我司 我公司 本公司 公司 企业 单位 需要 需求 希望 寻求 寻找
   征集 要求 相关 有关 技术 项目 产品 解决 问题 实现 提高 提升 降低 改善 改进 方面 能够 可以 用来 采用 使用 利用 目前 现有 现在 已经 存在 进一步
   合作 开发 研发 引进 转让 许可 成果 专利 方案 方式 情况 领域 行业 应用 国内 国外 领先 先进 较高 较低 主要 能力 水平 生产 制造 工艺 一是 二是
   预算 万元 元 左右 年内 以内 期限 联系 对接 获得 拥有 掌握 适用 适合 面向 针对 对于 关于 等等 以及 并且 或者 同时 其他 方法 装置 系统 设备
   参考 公开 源自 来源 演示 示例 现场 指导 成套`.split(/\s+/),
);

/** True when the word is worth asking the index for: two or more letters/digits, not a stop word, not a number. */
function isKeyWord(word: string): boolean {
  const runs = foldRuns(word);
  if (runs.length !== 1) return false;
  const w = runs[0] as string;
  if ([...w].length < 2) return false;
  if (/^\d+$/.test(w)) return false;
  return !STOP_WORDS.has(w);
}

/**
 * Key terms of a text, in order of first appearance, without duplicates: "一种锂离子电池正极材料的制备方法"
 * → 锂离子, 电池, 正极, 材料, 制备.
 */
export function keyTerms(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  // Bracketed markers (【演示】, 【急需】) label the posting, not the technology.
  for (const raw of segmenter().cut(text.replace(/【[^】]*】/g, ' '), true)) {
    const w = raw.trim().toLowerCase();
    if (!isKeyWord(w) || seen.has(w)) continue;
    seen.add(w);
    out.push(w);
  }
  return out;
}
