import { z } from 'zod';

/**
 * Parts an organisation can have on a record (当事方): the owner (申请/发起单位), the counterparty it deals
 * with (a bank, a licensor, the supplier of a technology), the handler working it, an organisation a case is
 * referred to (移送对象), an assigned expert or mediator, and observers that may only read it.
 */
export const partyRoles = ['owner', 'counterparty', 'handler', 'referred_to', 'expert', 'mediator', 'observer'] as const;
export const ZPartyRole = z.enum(partyRoles);
export type PartyRole = z.infer<typeof ZPartyRole>;

export const partyRoleLabels: Record<PartyRole, { zh: string; en: string }> = {
  owner: { zh: '记录所属单位', en: 'Owner' },
  counterparty: { zh: '相对方', en: 'Counterparty' },
  handler: { zh: '承办单位', en: 'Handler' },
  referred_to: { zh: '移送接收单位', en: 'Referred to' },
  expert: { zh: '指派专家', en: 'Assigned expert' },
  mediator: { zh: '调解组织', en: 'Mediator' },
  observer: { zh: '知悉方', en: 'Observer' },
};
