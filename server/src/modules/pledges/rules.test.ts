import { describe, expect, it } from 'vitest';
import { checkPatentPledge, checkTrademarkPledge, type PatentPledgeFacts } from './rules.js';

const input = { pledgorOrgId: 7, debtEndsOn: '2027-06-30', today: '2026-03-02', attachmentKinds: [] as string[] };
const patent = (o: Partial<PatentPledgeFacts> = {}): PatentPledgeFacts => ({
  id: 1,
  appNo: 'CN201810000001.X',
  grantDate: '2020-06-01',
  expiresOn: '2038-03-01',
  terminatedOn: null,
  sourceStatus: null,
  holderOrgIds: [7],
  standingPledges: [],
  pendingApplicationId: null,
  openLicenceDeclarationId: null,
  ...o,
});
const rules = (p: Partial<PatentPledgeFacts>, extra: Partial<typeof input> = {}) => checkPatentPledge({ ...input, ...extra }, [patent(p)]).map((f) => f.rule);

describe('patent pledge rules (CNIPA announcement 461)', () => {
  it.each([
    ['a free patent of the pledgor', {}, []],
    ['another holder', { holderOrgIds: [8] }, ['not_holder']],
    ['co-owned without consent', { holderOrgIds: [7, 8] }, ['co_owners']],
    ['not granted yet', { grantDate: null }, ['not_in_force']],
    ['lapsed', { terminatedOn: '2025-01-01' }, ['not_in_force']],
    ['expires the day the debt ends', { expiresOn: '2027-06-30' }, ['lapses_before_debt']],
    ['expires the day after', { expiresOn: '2027-07-01' }, []],
    ['term unknown', { expiresOn: null }, ['lapses_before_debt']],
    ['pledged', { standingPledges: ['Y1'] }, ['already_pledged']],
    ['in another application', { pendingApplicationId: 3 }, ['application_pending']],
    ['preserved', { sourceStatus: '财产保全' }, ['suspended']],
    ['fees overdue', { sourceStatus: '年费滞纳期' }, ['fees_unpaid']],
    ['open licence', { openLicenceDeclarationId: 5 }, ['open_licence']],
  ] as const)('%s', (_, facts, want) => {
    expect(rules(facts as Partial<PatentPledgeFacts>)).toEqual(want);
  });

  it('consents lift the co-owner and open-licence rules', () => {
    expect(rules({ holderOrgIds: [7, 8], openLicenceDeclarationId: 5 }, { attachmentKinds: ['co_owner_consent', 'pledgee_consent'] })).toEqual([]);
  });

  it('names the registration in force in the message', () => {
    expect(checkPatentPledge(input, [patent({ standingPledges: ['Y2026-9'] })])[0]?.message.params).toMatchObject({ registrationNo: 'Y2026-9' });
  });

  it('trademarks: holder, in force past the debt, not pledged', () => {
    const mark = {
      id: 1,
      regNo: 'T1',
      ownerOrgId: 7,
      regDate: '2020-01-01',
      expiresOn: '2030-01-01',
      status: '注册',
      standingPledges: [],
      pendingApplicationId: null,
    };
    expect(checkTrademarkPledge(input, [mark])).toEqual([]);
    expect(checkTrademarkPledge(input, [{ ...mark, expiresOn: '2027-01-01' }]).map((f) => f.rule)).toEqual(['lapses_before_debt']);
    expect(checkTrademarkPledge(input, [{ ...mark, status: '已注销' }]).map((f) => f.rule)).toEqual(['not_in_force']);
    expect(checkTrademarkPledge(input, [{ ...mark, ownerOrgId: 9, standingPledges: ['S1'] }]).map((f) => f.rule)).toEqual(['not_holder', 'already_pledged']);
  });
});
