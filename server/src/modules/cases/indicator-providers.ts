import type { AppContext } from '../../platform/context.js';
import type { Period } from '@zhichan/contract';
import { registerIndicatorProvider } from '../indicators/api.js';
import { disputesBy, penaltyCasesOpened, penaltyFines } from './indicators-repository.js';

type Compute = (ctx: AppContext, q: { rootCode: string; period: Period }) => Promise<Map<string, number>>;

/**
 * The protection (保护) indicators computed from the cases module: where a region and period has an approved
 * reported figure, that figure still wins (the values service's rule), so the cities' reported figures stay where
 * the platform holds no cases. Computed on read: every write is a case step.
 */
const providers: [key: string, method: string, compute: Compute][] = [
  ['administrative_penalty_cases', '统计期内立案的知识产权行政处罚案件（商标侵权、假冒专利、地理标志、特殊标志）', penaltyCasesOpened(null)],
  ['administrative_fines_confiscations_yuan', '统计期内作出的行政处罚决定的罚款与没收违法所得合计', penaltyFines(null)],
  ['trademark_cases', '统计期内立案的商标侵权行政处罚案件', penaltyCasesOpened(['trademark_infringement'])],
  ['trademark_fines_yuan', '统计期内商标侵权处罚决定的罚没款合计', penaltyFines(['trademark_infringement'])],
  ['counterfeit_patent_cases', '统计期内立案的假冒专利行政处罚案件', penaltyCasesOpened(['counterfeit_patent'])],
  ['counterfeit_patent_fines_yuan', '统计期内假冒专利处罚决定的罚没款合计', penaltyFines(['counterfeit_patent'])],
  ['gi_cases', '统计期内立案的地理标志违法行政处罚案件', penaltyCasesOpened(['gi_misuse'])],
  ['patent_infringement_disputes_filed', '统计期内受理的专利侵权纠纷行政裁决请求', disputesBy('accepted_on')],
  ['patent_disputes_adjudicated', '统计期内作出处理决定的专利侵权纠纷', disputesBy('decision_on')],
  ['patent_disputes_mediated', '统计期内以调解协议结案的专利侵权纠纷', disputesBy('agreement_on')],
];

/** Registers the protection indicators the cases module computes. */
export function registerCaseIndicators(): void {
  for (const [key, method, compute] of providers) registerIndicatorProvider(key, { method, sources: [], compute });
}
