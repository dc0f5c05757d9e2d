import { messageText, type Message } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';

/** Renders coded server messages (contract's catalogue) in the interface language. */
export function useMessageText(): (m: Message) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'zh';
  return (m) => messageText(m, lang);
}
