import type { Bulletin, BulletinFigure, BulletinSegment, IndicatorCaliber } from '@zhichan/contract';
import { formatFigure, formatYoy } from './numbers.js';
import { bulletinTemplate, type ParagraphTemplate } from './template.js';

/** What the bulletin knows of one figure: its value and everything a footnote says about it. */
export interface FigureFacts {
  key: string;
  value: number;
  /** 'min' 以上, 'approx' 约, as published. */
  qualifier: string | null;
  yoyPct: number | null;
  yoySource: 'computed' | 'published' | null;
  provinceRank: number | null;
  origin: 'computed' | 'reported';
  source: string;
  period: string;
  periodLabel: string;
  basis: string | null;
}
/** Catalogue facts of an indicator. */
export interface IndicatorInfo {
  zh: string;
  unit: string;
  decimals: number;
  link: string;
  /** 统计口径 (definition, numerator, denominator, source document), printed in the figure's footnote. */
  caliber?: IndicatorCaliber;
}
export interface RenderInput {
  region: { code: string; name: string; level: number };
  period: { code: string; kind: 'year' | 'quarter' | 'month' | 'ytd'; end: string; label: string };
  figures: ReadonlyMap<string, FigureFacts>;
  info: (key: string) => IndicatorInfo | undefined;
  /** Catalogue order, for the figures no sentence of the template names. */
  order: readonly string[];
  generatedAt: string;
}

/** 全市 / 全县 / 全区 / 全镇 / 全街道 — how a bureau names its own territory. */
export function scopeWord(name: string, level: number): string {
  if (level === 1) return '全省';
  for (const suffix of ['街道', '地区', '自治州', '自治县', '自治旗']) if (name.endsWith(suffix)) return suffix === '街道' ? '全街道' : `全${suffix.slice(-1)}`;
  if (name.endsWith('开发区') || name.endsWith('新区') || name.endsWith('园区')) return '全区';
  return `全${name.slice(-1) || '域'}`;
}

/** 2023年底, 2023年第二季度末, 2023年3月底, 2023年10月底. */
function endWord(p: RenderInput['period']): string {
  const [y, m] = p.end.split('-');
  if (p.kind === 'year') return `${y}年底`;
  if (p.kind === 'quarter') return `${p.label}末`;
  return `${y}年${Number(m)}月底`;
}

const chineseOrdinals = ['一', '二', '三', '四', '五', '六'];

type Token = { text: string } | { key: string; part: 'value' | 'yoy' | 'rank' } | { group: Token[] };

/** Splits a clause template into text, placeholders and optional [groups]. */
export function parseClause(template: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const readUntil = (end: string, stop: string[]): Token[] => {
    const tokens: Token[] = [];
    let text = '';
    const flush = () => {
      if (text) tokens.push({ text });
      text = '';
    };
    while (i < template.length) {
      const c = template[i] ?? '';
      if (c === end && end !== '') {
        i++;
        break;
      }
      if (c === '{') {
        flush();
        const close = template.indexOf('}', i);
        const [key = '', part = 'value'] = template.slice(i + 1, close).split(':');
        tokens.push({ key, part: part as 'value' | 'yoy' | 'rank' });
        i = close + 1;
      } else if (c === '[' && !stop.includes('[')) {
        flush();
        i++;
        tokens.push({ group: readUntil(']', ['[']) });
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return tokens;
  };
  out.push(...readUntil('', []));
  return out;
}

/** Renders the bulletin: the template's sentences whose figures exist, then the remaining figures of each link. */
export function renderBulletin(input: RenderInput): Bulletin {
  const { region, period, figures, info } = input;
  const refs = new Map<string, number>();
  const used = new Set<string>();
  const scope = scopeWord(region.name, region.level);
  const words: Record<string, string> = { end: endWord(period), during: period.label, scope };
  const fill = (s: string) => s.replace(/\{(end|during|scope)\}/g, (_, w: string) => words[w] ?? '');

  const resolve = (t: { key: string; part: 'value' | 'yoy' | 'rank' }): BulletinSegment | null => {
    const f = figures.get(t.key);
    const meta = info(t.key);
    if (!f || !meta) return null;
    let text: string;
    if (t.part === 'value') text = formatFigure(f.value, meta.unit, meta.decimals, f.qualifier);
    else if (t.part === 'yoy') {
      if (f.yoyPct === null) return null;
      text = formatYoy(f.yoyPct);
    } else {
      if (f.provinceRank === null) return null;
      text = String(f.provinceRank);
    }
    if (!refs.has(t.key)) refs.set(t.key, refs.size + 1);
    used.add(t.key);
    return { text, ref: refs.get(t.key) ?? null };
  };
  // A token list renders only when every placeholder outside optional groups resolves.
  const renderTokens = (tokens: Token[]): BulletinSegment[] | null => {
    const out: BulletinSegment[] = [];
    for (const t of tokens) {
      if ('text' in t) out.push({ text: t.text, ref: null });
      else if ('group' in t) {
        const probe = t.group.every((g) => !('key' in g) || (figures.has(g.key) && partAvailable(g)));
        if (probe) out.push(...(renderTokens(t.group) ?? []));
      } else {
        const seg = resolve(t);
        if (!seg) return null;
        out.push(seg);
      }
    }
    return out;
  };
  const partAvailable = (t: { key: string; part: string }) => {
    const f = figures.get(t.key);
    if (!f || !info(t.key)) return false;
    return t.part === 'value' || (t.part === 'yoy' ? f.yoyPct !== null : f.provinceRank !== null);
  };
  const requiredAvailable = (tokens: Token[]) => tokens.every((t) => !('key' in t) || partAvailable(t));

  const renderSentence = (lead: string, clauses: string[]): BulletinSegment[] | null => {
    const parts = clauses.map(parseClause).filter(requiredAvailable);
    if (parts.length === 0) return null;
    const segs: BulletinSegment[] = [{ text: fill(lead), ref: null }];
    parts.forEach((p, i) => {
      if (i > 0) segs.push({ text: '，', ref: null });
      segs.push(...(renderTokens(p) ?? []));
    });
    segs.push({ text: '。', ref: null });
    return segs;
  };

  const paragraphs: Bulletin['paragraphs'] = [];
  const sentencesOf = (p: ParagraphTemplate) => p.sentences.map((s) => renderSentence(s.lead, s.clauses)).filter((s): s is BulletinSegment[] => s !== null);
  const rendered = bulletinTemplate.map((p) => ({ p, sentences: sentencesOf(p) }));
  for (const { p, sentences } of rendered) {
    // Figures of this link that no sentence names: listed in catalogue order, so nothing published is lost.
    const rest = input.order.filter((k) => !used.has(k) && figures.has(k) && info(k)?.link === p.link);
    if (rest.length > 0) {
      const clauses = rest.map((k) => `${info(k)?.zh ?? k}{${k}}[，同比{${k}:yoy}][，居全省第{${k}:rank}位]`);
      const s = renderSentence(sentences.length > 0 ? '此外，{scope}' : '{during}，{scope}', clauses);
      if (s) sentences.push(s);
    }
    if (sentences.length === 0) continue;
    // Headings are numbered in the order they appear: a quarter without creation figures starts at 一.
    paragraphs.push({ link: p.link, heading: `${chineseOrdinals[paragraphs.length] ?? ''}、${p.heading}`, segments: merge(sentences.flat()) });
  }

  const figureList: BulletinFigure[] = [...refs.entries()].map(([key, ref]) => {
    const f = figures.get(key);
    const meta = info(key);
    if (!f || !meta) throw new Error(`figure ${key} vanished`);
    const figure = {
      ref,
      key,
      name: meta.zh,
      value: f.value,
      unit: meta.unit,
      text: formatFigure(f.value, meta.unit, meta.decimals, f.qualifier),
      period: f.period,
      periodLabel: f.periodLabel,
      origin: f.origin,
      source: f.source,
      yoyPct: f.yoyPct,
      yoySource: f.yoySource,
      provinceRank: f.provinceRank,
      basis: f.basis,
    };
    return { ...figure, note: footnoteText(figure, meta.caliber ? { ...meta.caliber, decimals: meta.decimals } : undefined) };
  });
  return {
    region: { code: region.code, name: region.name },
    period: period.code,
    periodLabel: period.label,
    title: `${region.name}${period.label}知识产权统计公报`,
    generatedAt: input.generatedAt,
    paragraphs,
    figures: figureList,
  };
}

/** Joins neighbouring plain-text runs. */
function merge(segs: BulletinSegment[]): BulletinSegment[] {
  const out: BulletinSegment[] = [];
  for (const s of segs) {
    const last = out[out.length - 1];
    if (last && last.ref === null && s.ref === null) last.text += s.text;
    else out.push({ ...s });
  }
  return out.filter((s) => s.text !== '');
}

/** The bulletin as plain text (paragraphs joined), for tests and the DOCX. */
export function bulletinText(b: Bulletin): string {
  return b.paragraphs.map((p) => p.segments.map((s) => s.text).join('')).join('\n');
}

/** The 口径 part of a footnote: definition, numerator, denominator, unit and decimals, source document. */
export function caliberText(c: IndicatorCaliber & { decimals: number }, unit: string): string {
  return [
    `口径：${c.definition}`,
    `分子：${c.numerator}`,
    `分母：${c.denominator ?? '—（总量指标）'}`,
    `单位：${unit}，保留${c.decimals}位小数`,
    `口径依据：${c.source ? `${c.source.document}（${c.source.issuer}，${c.source.date}）` : '—（未登记口径文件）'}`,
  ].join('；');
}

/** The footnote of a figure: what it is, for when, computed or reported, from which source, and its 口径. */
export function footnoteText(f: Omit<BulletinFigure, 'note'>, caliber?: IndicatorCaliber & { decimals: number }): string {
  const parts = [
    `${f.name}：${f.text}`,
    `统计期 ${f.periodLabel}`,
    f.origin === 'computed' ? '平台根据登记数据计算' : '填报数据（经复核）',
    `来源：${f.source}`,
  ];
  if (f.yoyPct !== null) parts.push(`同比 ${f.yoyPct}%（${f.yoySource === 'published' ? '随数据公布' : '按上年同期值计算'}）`);
  if (f.provinceRank !== null) parts.push(`全省排名第${f.provinceRank}位（公布值）`);
  if (f.basis) parts.push(`人口基数：${f.basis}`);
  if (caliber) parts.push(caliberText(caliber, f.unit));
  return parts.join('；') + '。';
}
