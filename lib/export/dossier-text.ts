import { ZONE_TIME_ZONE } from '@/lib/domain/dates';
import { wanToYiText } from '@/lib/domain/money';
import { slippageDays } from '@/lib/domain/plan';
import { reportWeekContaining } from '@/lib/domain/report-weeks';
import { STAGE_DATE_FIELD } from '@/lib/domain/stage-moves';
import { STAGES } from '@/lib/domain/stages';
import { ASSIGNMENT_ROLES, type AssignmentRole } from '@/lib/domain/vocabulary';
import type { Translator } from '@/lib/i18n/messages';
import type {
  DossierAttachment,
  DossierBlocker,
  DossierFiling,
  DossierHead,
} from '@/lib/queries/project-dossier';

// What the dossier says, as plain strings in the reader's language: no layout, no PDF, so that the words
// can be checked apart from the drawing (dossier-pdf.ts lays them out).

export type Pair = readonly [label: string, value: string];

export interface TableText {
  header: string[];
  /** Column widths as shares of the text width. */
  widths: number[];
  rows: string[][];
}

export interface Block {
  heading: string;
  sub?: string;
  pairs: Pair[];
  /** Lines of a timeline, oldest first. */
  lines: string[];
}

const DASH = '—';
const stamp = new Intl.DateTimeFormat('sv-SE', {
  timeZone: ZONE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** An instant on the zone's clock, "2024-04-19 12:00", the same in both languages. */
export const zoneStamp = (at: Date) => stamp.format(at);

export function titleLines(head: DossierHead, t: Translator, who: string, now: Date) {
  return {
    title: head.project.name,
    subtitle: t('dossier.generated', {
      zone: head.zoneName,
      park: head.parkName,
      at: zoneStamp(now),
      who,
    }),
  };
}

export function factPairs(head: DossierHead, t: Translator): Pair[] {
  const p = head.project;
  const wan = (amount: number) => t('money.wan', { amount });
  const reached = STAGES.filter((s) => p[STAGE_DATE_FIELD[s]])
    .map((s) => `${t(`stages.${s}`)} ${p[STAGE_DATE_FIELD[s]]}`)
    .join('；');
  return [
    [t('project.enterprise'), head.enterpriseName],
    [t('project.park'), head.parkName],
    [t('project.kind'), t(`kinds.${p.kind}`)],
    [t('project.stage'), t(`stages.${p.stage}`)],
    [t('project.stageDates'), reached || DASH],
    [t('project.total'), t('money.wanAndYi', { wan: p.totalInvestment, yi: wanToYiText(p.totalInvestment) })],
    [t('project.annual'), wan(p.annualPlannedInvestment)],
    [t('project.completed'), wan(head.yearToDate)],
    [t('project.plannedPeriod'), `${p.plannedStartOn ?? DASH} ~ ${p.plannedFinishOn ?? DASH}`],
    [t('projectEdit.contactPerson'), p.contactPerson || DASH],
    [t('projectEdit.contactPhone'), p.contactPhone || DASH],
  ];
}

/** Present holders first, leader to liaison as the page shows them, then those who held a role before. */
export function contactTable(head: DossierHead, t: Translator): TableText {
  const byRole = (a: { role: AssignmentRole }) => ASSIGNMENT_ROLES.indexOf(a.role);
  const ordered = [
    ...head.assignments.filter((a) => a.until === null).sort((a, b) => byRole(a) - byRole(b)),
    ...head.assignments.filter((a) => a.until !== null),
  ];
  return {
    header: (['role', 'name', 'title', 'phones', 'period'] as const).map((c) => t(`dossier.columns.${c}`)),
    widths: [0.2, 0.14, 0.24, 0.22, 0.2],
    rows: ordered.map((a) => [
      t(`assignmentRoles.${a.role}`),
      a.name,
      a.title || DASH,
      [a.mobile, a.officePhone].filter(Boolean).join(' / ') || DASH,
      `${a.since} ~ ${a.until ?? t('dossier.current')}`,
    ]),
  };
}

export function stageLines(head: DossierHead, t: Translator): string[] {
  return head.stages.map((e) => {
    const move = t(e.reason ? 'stageWork.corrected' : 'stageWork.advanced', {
      from: t(`stages.${e.fromStage}`),
      to: t(`stages.${e.toStage}`),
      who: e.actorName,
    });
    return `${e.reachedOn}  ${move}${e.reason ? ` — ${e.reason}` : ''}`;
  });
}

/** 延期天数 is against the approved plan (基准), as the plan section of the page counts it. */
export function milestoneTable(head: DossierHead, t: Translator): TableText {
  return {
    header: (['milestone', 'baseline', 'planned', 'actual', 'status', 'slip'] as const).map((c) =>
      t(`dossier.columns.${c}`),
    ),
    widths: [0.34, 0.14, 0.14, 0.14, 0.12, 0.12],
    rows: head.milestones.map((m) => {
      const slip = slippageDays(m);
      return [
        m.note ? `${m.name}（${m.note}）` : m.name,
        m.baselineOn ?? DASH,
        m.plannedOn,
        m.actualOn ?? DASH,
        t(`milestoneStatus.${m.status}`),
        slip === 0 ? DASH : String(slip),
      ];
    }),
  };
}

export function filingBlock(f: DossierFiling, t: Translator): Block {
  return {
    heading: t('dossier.filedBy', {
      week: t('progressWork.weekOf', { start: f.weekStart }),
      name: f.filedBy,
      amount: f.investment,
    }),
    pairs: [
      [t('progressWork.progress'), f.progress || DASH],
      [t('progressWork.nextPlan'), f.nextPlan || DASH],
    ],
    lines: [],
  };
}

/** What a move set, as it was then (the blocker's own fields hold only the latest). */
function eventDetail(kind: string, detail: unknown): string {
  const d = (detail ?? {}) as { responsibleUnit?: string; deadline?: string; resolution?: string };
  if (kind === 'assign') return ` · ${d.responsibleUnit ?? ''} · ${d.deadline ?? ''}`;
  if (kind === 'resolve') return ` · ${d.resolution ?? ''}`;
  return '';
}

export function blockerBlock(b: DossierBlocker, t: Translator): Block {
  const optional = (label: string, value: string | null): Pair[] => (value ? [[label, value]] : []);
  return {
    heading: b.title,
    sub: t('dossier.blockerLine', {
      category: t(`blockerWork.categories.${b.category}`),
      urgency: t(`blockerWork.urgencies.${b.urgency}`),
      status: t(`blockerWork.statuses.${b.status}`),
      level: t(`blockerWork.levels.${b.level}`),
    }),
    pairs: [
      [t('blockerWork.raisedBy'), t('dossier.raised', { name: b.raiserName, at: zoneStamp(b.raisedAt) })],
      ...optional(t('blockerWork.description'), b.description),
      ...optional(t('dossier.milestone'), b.milestoneName),
      ...optional(t('dossier.neededBy'), b.neededBy),
      ...optional(t('blockerWork.unit'), b.responsibleUnit),
      ...optional(t('blockerWork.deadline'), b.deadline),
      ...optional(t('blockerWork.fields.resolution'), b.resolution),
      ...optional(t('dossier.closedAt'), b.closedAt && zoneStamp(b.closedAt)),
    ],
    lines: b.events.map(
      (e) =>
        `${zoneStamp(e.at)}  ${e.actorName} ${t(`blockerWork.events.${e.kind}`)}${eventDetail(e.kind, e.detail)}` +
        (e.comment ? ` — ${e.comment}` : ''),
    ),
  };
}

/** Where an attachment hangs, as the project page says it: a week's filing, a milestone, a blocker. */
export function attachmentPlace(a: DossierAttachment, t: Translator): string {
  const { place } = a;
  if (place.on === 'milestone') return t('attachments.onMilestone', { name: place.name });
  if (place.on === 'blocker') return t('attachments.onBlocker', { title: place.title });
  const week = reportWeekContaining(place.weekStart);
  return t('attachments.onWeek', { year: week.year, number: week.number });
}

export const attachmentLine = (a: DossierAttachment, t: Translator) =>
  t('dossier.attachmentLine', {
    name: a.name,
    on: attachmentPlace(a, t),
    at: zoneStamp(a.uploadedAt),
    kb: Math.ceil(a.bytes / 1024),
  });

/** A photo's caption: where it hangs, then when the camera took it, or else when it was uploaded. */
export const photoCaption = (a: DossierAttachment, t: Translator) =>
  `${attachmentPlace(a, t)} · ${
    a.takenAt
      ? t('attachments.takenAt', { time: a.takenAt.slice(0, 16) })
      : t('attachments.uploadedAt', { time: zoneStamp(a.uploadedAt) })
  }`;
