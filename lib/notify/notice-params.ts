import type { NoticePayload } from './notices';

/**
 * The values a notice's message (notifications.kinds.<kind>) is formatted with, in the reader's language: the
 * same for the notification list and for an e-mail, so the two never say different things.
 */
export function noticeParams(payload: NoticePayload, locale: string) {
  // Several projects (a 催报) are listed in the reader's language: 「A、B和C」, "A, B, and C".
  const projectName = payload.projectNames
    ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(payload.projectNames)
    : payload.projectName;
  return {
    actorName: payload.actorName,
    blockerTitle: payload.blockerTitle,
    projectName,
    week: payload.weekStart ?? '',
    milestoneName: payload.milestoneName ?? '',
    dueDate: payload.dueDate ?? '',
    number: payload.supervisionNumber ?? '',
  };
}
