import { message } from '@zhichan/contract';
import { normaliseText } from './minhash.js';
import type { NewFlag, ScreenedPatent } from './repository.js';

/** The screening's settings (platform/settings.ts `screening.*`). */
export interface ScreeningSettings {
  threshold: number;
  burstMin: number;
  burstFactor: number;
  burstMonths: number;
  clusterMin: number;
  transferDays: number;
  transferMin: number;
}

/** The first applicant (第一申请人) of a patent, or null. */
export function firstApplicant(applicantsJson: string): string | null {
  try {
    const list = JSON.parse(applicantsJson) as unknown;
    return Array.isArray(list) && typeof list[0] === 'string' && list[0].trim() !== '' ? list[0].trim() : null;
  } catch {
    return null;
  }
}

const monthIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
const MAX_IDS = 50;

/** A flag before its organisation is known. */
export type DraftFlag = Omit<NewFlag, 'org_id' | 'created_at' | 'updated_at' | 'status' | 'is_demo'> & { firstPatentId: number };

/**
 * Counts filings per first applicant and month, and applicants per address, as patents stream past (the full
 * screening reads each patent once; the incremental one reads only the affected applicants' and addresses' patents).
 */
export class SignalCounter {
  private readonly byApplicant = new Map<string, { region: string; months: Map<string, number[]> }>();
  private readonly byAddress = new Map<string, { address: string; region: string; applicants: Set<string>; ids: number[]; count: number }>();

  add(p: ScreenedPatent): void {
    if (p.region_code === null) return;
    const applicant = firstApplicant(p.applicants);
    if (applicant !== null && p.app_date) {
      let a = this.byApplicant.get(applicant);
      if (!a) this.byApplicant.set(applicant, (a = { region: p.region_code, months: new Map() }));
      const m = p.app_date.slice(0, 7);
      const ids = a.months.get(m);
      if (ids) ids.push(p.id);
      else a.months.set(m, [p.id]);
    }
    const addr = p.address ? normaliseText(p.address) : '';
    if (addr.length >= 6 && applicant !== null) {
      let c = this.byAddress.get(addr);
      if (!c) this.byAddress.set(addr, (c = { address: p.address as string, region: p.region_code, applicants: new Set(), ids: [], count: 0 }));
      c.applicants.add(applicant);
      c.count++;
      if (c.ids.length < MAX_IDS) c.ids.push(p.id);
    }
  }

  /** Months in which an applicant filed at least `burstMin` and `burstFactor` times its own monthly average. */
  burstFlags(s: ScreeningSettings): DraftFlag[] {
    const out: DraftFlag[] = [];
    for (const [applicant, a] of this.byApplicant) {
      const byIndex = new Map<number, number>();
      for (const [m, ids] of a.months) byIndex.set(monthIndex(m), ids.length);
      for (const [month, ids] of a.months) {
        if (ids.length < s.burstMin) continue;
        const mi = monthIndex(month);
        let before = 0;
        for (let k = 1; k <= s.burstMonths; k++) before += byIndex.get(mi - k) ?? 0;
        const average = before / s.burstMonths;
        const ratio = ids.length / Math.max(average, 1);
        if (ratio < s.burstFactor) continue;
        const explanation = message('screening.signal.burst', {
          applicant,
          month,
          count: ids.length,
          months: s.burstMonths,
          average: Math.round(average * 10) / 10,
          ratio: Math.round(ratio * 10) / 10,
          minCount: s.burstMin,
          factor: s.burstFactor,
        });
        out.push({
          flag_key: `burst:${applicant}:${month}`,
          signal: 'burst',
          subject: `${applicant}（${month}）`,
          region_code: a.region,
          patent_id: null,
          other_patent_id: null,
          score: Math.min(1, 1 - s.burstFactor / (2 * ratio)),
          explanation: JSON.stringify({ code: explanation.code, params: explanation.params }),
          patent_ids: JSON.stringify(ids.slice(0, MAX_IDS)),
          firstPatentId: ids[0] as number,
        });
      }
    }
    return out;
  }

  /** Addresses shared by at least `clusterMin` different applicants. */
  clusterFlags(s: ScreeningSettings): DraftFlag[] {
    const out: DraftFlag[] = [];
    for (const [key, c] of this.byAddress) {
      if (c.applicants.size < s.clusterMin) continue;
      const names = [...c.applicants].slice(0, 5).join('、') + (c.applicants.size > 5 ? ' 等' : '');
      const explanation = message('screening.signal.cluster', {
        address: c.address,
        applicants: c.applicants.size,
        count: c.count,
        minApplicants: s.clusterMin,
        names,
      });
      out.push({
        flag_key: `cluster:${key}`,
        signal: 'cluster',
        subject: c.address,
        region_code: c.region,
        patent_id: null,
        other_patent_id: null,
        score: Math.min(1, 1 - s.clusterMin / (2 * c.applicants.size)),
        explanation: JSON.stringify({ code: explanation.code, params: explanation.params }),
        patent_ids: JSON.stringify(c.ids),
        firstPatentId: c.ids[0] as number,
      });
    }
    return out;
  }
}

const days = (from: string, to: string) => Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / 86_400_000);

/** Applicants with at least `transferMin` patents transferred within `transferDays` of filing (申请后短期转让). */
export function transferFlags(
  transfers: readonly { id: number; app_date: string | null; applicants: string; holders: string; region_code: string | null; event_date: string }[],
  s: ScreeningSettings,
): DraftFlag[] {
  const byApplicant = new Map<string, { region: string; ids: Set<number>; assignees: Set<string> }>();
  for (const t of transfers) {
    const applicant = firstApplicant(t.applicants);
    if (applicant === null || !t.app_date || t.region_code === null) continue;
    const d = days(t.app_date, t.event_date);
    if (!Number.isFinite(d) || d < 0 || d > s.transferDays) continue;
    let a = byApplicant.get(applicant);
    if (!a) byApplicant.set(applicant, (a = { region: t.region_code, ids: new Set(), assignees: new Set() }));
    a.ids.add(t.id);
    const holder = firstApplicant(t.holders);
    if (holder !== null && holder !== applicant) a.assignees.add(holder);
  }
  const out: DraftFlag[] = [];
  for (const [applicant, a] of byApplicant) {
    if (a.ids.size < s.transferMin) continue;
    const ids = [...a.ids].sort((x, y) => x - y);
    const assignees = [...a.assignees].slice(0, 5).join('、') || '—';
    const explanation = message('screening.signal.transfer', { applicant, count: ids.length, days: s.transferDays, minCount: s.transferMin, assignees });
    out.push({
      flag_key: `transfer:${applicant}`,
      signal: 'transfer',
      subject: applicant,
      region_code: a.region,
      patent_id: null,
      other_patent_id: null,
      score: Math.min(1, 1 - s.transferMin / (2 * ids.length)),
      explanation: JSON.stringify({ code: explanation.code, params: explanation.params }),
      patent_ids: JSON.stringify(ids.slice(0, MAX_IDS)),
      firstPatentId: ids[0] as number,
    });
  }
  return out;
}
