import { messageText, type CreditBehaviour, type CreditMeasure } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';

/** The names of behaviours and measures from the contract's catalogue, in the interface language. */
export function useCreditNames() {
  const { i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'zh';
  return {
    behaviour: (b: CreditBehaviour) => messageText({ code: `credit.behaviour.${b}`, params: {} }, lang),
    measure: (m: CreditMeasure) => messageText({ code: `credit.measure.${m}`, params: {} }, lang),
  };
}
