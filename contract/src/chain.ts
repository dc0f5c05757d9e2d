import { z } from 'zod';

/** The five links of the full IP chain (创造、运用、保护、管理、服务). */
export const chainLinks = ['creation', 'utilization', 'protection', 'management', 'service'] as const;
export const ZChainLink = z.enum(chainLinks);
export type ChainLink = z.infer<typeof ZChainLink>;

export const chainLinkLabels: Record<ChainLink, { zh: string; en: string }> = {
  creation: { zh: '创造', en: 'Creation' },
  utilization: { zh: '运用', en: 'Utilization' },
  protection: { zh: '保护', en: 'Protection' },
  management: { zh: '管理', en: 'Management' },
  service: { zh: '服务', en: 'Service' },
};
