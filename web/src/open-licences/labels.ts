import { feeTypeLabels, openLicenceStatusLabels, paymentMethodLabels, type FeeType, type OpenLicenceStatus } from '@zhichan/contract';

type Lang = 'zh' | 'en';
export const statusLabel = (s: OpenLicenceStatus, lang: Lang) => openLicenceStatusLabels[s][lang];
export const feeTypeLabel = (f: FeeType, lang: Lang) => feeTypeLabels[f][lang];
export const paymentLabel = (p: keyof typeof paymentMethodLabels, lang: Lang) => paymentMethodLabels[p][lang];
export const statusColours: Record<OpenLicenceStatus, string> = {
  pending: 'orange',
  returned: 'gold',
  recommended: 'blue',
  published: 'green',
  rejected: 'red',
  withdrawn: 'default',
};
