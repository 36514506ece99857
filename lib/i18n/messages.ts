import { createTranslator } from 'next-intl';
import type { Locale } from './config';
import enCore from './messages/en/core.json';
import enUsers from './messages/en/users.json';
import enWork from './messages/en/work.json';
import zhCore from './messages/zh-CN/core.json';
import zhUsers from './messages/zh-CN/users.json';
import zhWork from './messages/zh-CN/work.json';

// One catalogue per area and language, merged by top-level namespace; a unit test keeps the languages'
// keys identical.
const zhCN = { ...zhCore, ...zhWork, ...zhUsers };
export type Messages = typeof zhCN;

const catalogue: Record<Locale, Messages> = {
  'zh-CN': zhCN,
  en: { ...enCore, ...enWork, ...enUsers },
};

export function messagesFor(locale: Locale): Messages {
  return catalogue[locale];
}

/** A translator usable outside React (server actions, exports, tests). */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: catalogue[locale] });
}
export type Translator = ReturnType<typeof translatorFor>;
