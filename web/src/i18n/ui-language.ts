import i18next from 'i18next';
import { messageText, type Message } from '@zhichan/contract';

/** The interface language coded texts are rendered in: the i18n instance's current language. */
export function uiLanguage(): 'zh' | 'en' {
  return (i18next.language ?? '').startsWith('en') ? 'en' : 'zh';
}

/** A coded message of the contract's catalogue in the current interface language (for form rules, outside React). */
export function messageInUiLanguage(m: Message): string {
  return messageText(m, uiLanguage());
}
