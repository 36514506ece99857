import { PLAN_FIGURES } from './plan';
import { STAGES } from './stages';
import type { Describer, TimelineLine, TimelineValue } from './timeline';
import {
  date,
  differs,
  entry,
  type Json,
  line,
  list,
  obj,
  oneOf,
  shown,
  str,
  term,
  textLine,
  wan,
  whole,
} from './timeline-values';

// What the plan's actions (基准计划, 计划调整申请) and the project's own facts say. A change request records its
// diff (PlanChange[], lib/domain/plan.ts), so the line lists what was asked for, item by item.

/** The project's facts whose value is money (万元) or a date; the rest are shown as text. */
const MONEY_FIELDS = new Set(['totalInvestment', 'annualPlannedInvestment']);
const DATE_FIELDS = new Set(['plannedStartOn', 'plannedFinishOn']);

/** A fact's value as the row holds it: 万元, a date, a project kind, or text; UNSET when empty. */
function factValue(field: string, o: Json): TimelineValue {
  if (MONEY_FIELDS.has(field)) return wan(whole(o, field));
  if (DATE_FIELDS.has(field)) return shown(date(o, field));
  if (field === 'kind') return term('kinds', str(o, field));
  return shown(str(o, field));
}

const fieldName = (field: string) => term('fields', field);

/** One item of a change request's diff; null for an item of a kind this version does not know. */
function planChangeLine(item: unknown): TimelineLine | null {
  const c = obj(item);
  const name = shown(str(c, 'name'));
  switch (str(c, 'kind')) {
    case 'redate':
      return line('timeline.detail.redated', {
        name,
        from: shown(date(c, 'from')),
        to: shown(date(c, 'to')),
      });
    case 'rename':
      return line('timeline.detail.renamed', { from: shown(str(c, 'from')), to: shown(str(c, 'to')) });
    case 'add':
      return line('timeline.detail.added', { name, planned: shown(date(c, 'plannedOn')) });
    case 'remove':
      return line('timeline.detail.removed', { name, planned: shown(date(c, 'plannedOn')) });
    case 'reorder':
      return line('timeline.detail.reordered');
    case 'figure': {
      const field = str(c, 'field');
      if (field === null) return null;
      // The diff keeps a figure's values under from/to; read them as the project's own field.
      const as = (side: 'from' | 'to') => factValue(field, { [field]: c[side] });
      return line('timeline.detail.changed', { field: fieldName(field), from: as('from'), to: as('to') });
    }
    default:
      return null;
  }
}

/**
 * The facts a project edit changed. The enterprise and the park are recorded by id; the enterprise's new name
 * is recorded too, the park's is not, so the park's line only says that it changed.
 */
function factLines(before: Json, after: Json): (TimelineLine | null)[] {
  const facts = ['name', 'kind', 'totalInvestment', 'contactPerson', 'contactPhone', ...PLAN_FIGURES];
  return [
    ...facts.map((field) =>
      differs(before, after, field)
        ? line('timeline.detail.changed', {
            field: fieldName(field),
            from: factValue(field, before),
            to: factValue(field, after),
          })
        : null,
    ),
    differs(before, after, 'enterpriseId')
      ? line('timeline.detail.set', { field: fieldName('enterprise'), to: shown(str(after, 'enterprise')) })
      : null,
    differs(before, after, 'parkId') ? line('timeline.detail.edited', { field: fieldName('park') }) : null,
    differs(before, after, 'summary')
      ? line('timeline.detail.edited', { field: fieldName('summary') })
      : null,
  ];
}

/** A new plan year for a project (one project, or each project of a zone's rollover). */
const yearOpened: Describer = (f) =>
  entry(
    line('timeline.plan.yearOpened', {
      year: shown(whole(f.after, 'planYear')),
      amount: wan(whole(f.after, 'annualPlannedInvestment')),
    }),
  );

const decided =
  (key: TimelineLine['key']): Describer =>
  (f) =>
    entry(line(key), [textLine('timeline.detail.opinion', str(f.after, 'note'))]);

export const PLAN_DESCRIBERS: Record<string, Describer> = {
  'plan.approve': (f) =>
    entry(
      line('timeline.plan.approved', {
        year: shown(whole(f.after, 'planYear')),
        seq: shown(whole(f.after, 'seq')),
        count: list(obj(f.after.content).milestones).length,
      }),
    ),
  'plan.request_change': (f) =>
    entry(line('timeline.plan.requested'), [
      ...list(f.after.changes).map(planChangeLine),
      textLine('timeline.detail.reason', str(f.after, 'reason')),
    ]),
  'plan.approve_change': decided('timeline.plan.changeApproved'),
  'plan.reject_change': decided('timeline.plan.changeRejected'),
  'plan.open_year': yearOpened,
  'plan.open_zone_year': yearOpened,
  'project.create': (f) =>
    entry(
      line('timeline.project.created', {
        name: shown(str(f.after, 'name')),
        stage: term('stages', oneOf(STAGES, f.after, 'stage')),
      }),
    ),
  'project.edit': (f) => entry(line('timeline.project.edited'), factLines(f.before, f.after)),
  // The import's own row (the file), or a project it made, or one it changed (facts and "三个一" handovers).
  'project.import_ledger': (f) => {
    const file = str(f.after, 'fileName');
    if (file !== null)
      return entry(line('timeline.project.ledgerImported', { file, rows: shown(whole(f.after, 'rows')) }));
    if (Object.keys(f.before).length === 0)
      return entry(line('timeline.project.imported', { name: shown(str(f.after, 'name')) }));
    return entry(line('timeline.project.importUpdated'), [
      ...factLines(f.before, f.after),
      ...list(f.after.handovers).map((h) =>
        line('timeline.detail.changed', {
          field: term('assignmentRoles', str(obj(h), 'field')),
          from: shown(str(obj(h), 'from')),
          to: shown(str(obj(h), 'to')),
        }),
      ),
    ]);
  },
};
