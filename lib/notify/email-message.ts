import { DEFAULT_LOCALE } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/messages';
import { noticeHref } from './notice-link';
import { noticeParams } from './notice-params';
import type { Notice } from './notices';

/** An e-mail as the outbox keeps it (outbox.body) until it is sent. */
export interface EmailBody {
  subject: string;
  text: string;
}

/** Longer subjects are cut: mail clients show about this much, and a blocker's title can be long. */
const SUBJECT_MAX = 120;

/**
 * One notice as an e-mail, in the zone's language (a person's language is a browser cookie the server does not
 * keep): the message the notification list shows, the comment, and the link back to the app when its address
 * is configured (APP_BASE_URL).
 */
export function noticeEmail(notice: Notice): EmailBody {
  const t = translatorFor(DEFAULT_LOCALE);
  const message = t(`notifications.kinds.${notice.kind}`, noticeParams(notice.payload, DEFAULT_LOCALE));
  const base = process.env.APP_BASE_URL?.replace(/\/+$/, '');
  const href = noticeHref(notice);
  const lines = [
    message,
    ...(notice.payload.comment ? [t('noticeEmail.comment', { comment: notice.payload.comment })] : []),
    ...(base && href ? [t('noticeEmail.link', { url: `${base}${href}` })] : []),
    t('noticeEmail.footer'),
  ];
  // A header is one line: titles typed by people may hold anything.
  const oneLine = message.replace(/\s+/g, ' ').trim();
  const subject = t('noticeEmail.subject', {
    message: oneLine.length > SUBJECT_MAX ? `${oneLine.slice(0, SUBJECT_MAX - 1)}…` : oneLine,
  });
  return { subject, text: lines.join('\n\n') };
}
