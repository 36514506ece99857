import { createTranslator } from 'next-intl';
import type { Locale } from './config';
import enAttachments from './messages/en/attachments.json';
import enBlockers from './messages/en/blockers.json';
import enCity from './messages/en/city.json';
import enCore from './messages/en/core.json';
import enDashboard from './messages/en/dashboard.json';
import enDossier from './messages/en/dossier.json';
import enImport from './messages/en/import.json';
import enIndicators from './messages/en/indicators.json';
import enNotifications from './messages/en/notifications.json';
import enPlan from './messages/en/plan.json';
import enReminders from './messages/en/reminders.json';
import enReport from './messages/en/report.json';
import enSearch from './messages/en/search.json';
import enSupervision from './messages/en/supervision.json';
import enTimeline from './messages/en/timeline.json';
import enUsers from './messages/en/users.json';
import enWork from './messages/en/work.json';
import zhAttachments from './messages/zh-CN/attachments.json';
import zhBlockers from './messages/zh-CN/blockers.json';
import zhCity from './messages/zh-CN/city.json';
import zhCore from './messages/zh-CN/core.json';
import zhDashboard from './messages/zh-CN/dashboard.json';
import zhDossier from './messages/zh-CN/dossier.json';
import zhImport from './messages/zh-CN/import.json';
import zhIndicators from './messages/zh-CN/indicators.json';
import zhNotifications from './messages/zh-CN/notifications.json';
import zhPlan from './messages/zh-CN/plan.json';
import zhReminders from './messages/zh-CN/reminders.json';
import zhReport from './messages/zh-CN/report.json';
import zhSearch from './messages/zh-CN/search.json';
import zhSupervision from './messages/zh-CN/supervision.json';
import zhTimeline from './messages/zh-CN/timeline.json';
import zhUsers from './messages/zh-CN/users.json';
import zhWork from './messages/zh-CN/work.json';

// One catalogue per area and language, merged by top-level namespace; a unit test keeps the languages'
// keys identical.
const zhCN = {
  ...zhCore,
  ...zhWork,
  ...zhUsers,
  ...zhBlockers,
  ...zhNotifications,
  ...zhReport,
  ...zhDashboard,
  ...zhPlan,
  ...zhTimeline,
  ...zhSearch,
  ...zhSupervision,
  ...zhReminders,
  ...zhIndicators,
  ...zhCity,
  ...zhDossier,
  ...zhImport,
  ...zhAttachments,
};
export type Messages = typeof zhCN;

const catalogue: Record<Locale, Messages> = {
  'zh-CN': zhCN,
  en: {
    ...enCore,
    ...enWork,
    ...enUsers,
    ...enBlockers,
    ...enNotifications,
    ...enReport,
    ...enDashboard,
    ...enPlan,
    ...enTimeline,
    ...enSearch,
    ...enSupervision,
    ...enReminders,
    ...enIndicators,
    ...enCity,
    ...enDossier,
    ...enImport,
    ...enAttachments,
  },
};

export function messagesFor(locale: Locale): Messages {
  return catalogue[locale];
}

/** A translator usable outside React (server actions, exports, tests). */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: catalogue[locale] });
}
export type Translator = ReturnType<typeof translatorFor>;
