import { createTranslator } from 'next-intl';
import type { Locale } from './config';
import en from './messages/en.json';
import zhCN from './messages/zh-CN.json';

export type Messages = typeof zhCN;

const catalogue: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

export function messagesFor(locale: Locale): Messages {
  return catalogue[locale];
}

/** A translator usable outside React (server actions, exports, tests). */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: catalogue[locale] });
}
export type Translator = ReturnType<typeof translatorFor>;
