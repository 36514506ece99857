import { reportWeekContaining } from './report-weeks';
import { STAGE_DATE_FIELD } from './stage-moves';
import { STAGES } from './stages';
import type { ChangeFacts, Described, Describer, TimelineLine } from './timeline';
import { PLAN_DESCRIBERS } from './timeline-plan-lines';
import { SUPERVISION_DESCRIBERS } from './timeline-supervision-lines';
import {
  date,
  differs,
  entry,
  line,
  list,
  oneOf,
  person,
  shown,
  str,
  term,
  textLine,
  UNSET,
  wan,
  whole,
} from './timeline-values';

// What each audit action of the daily work says: milestones, stage moves, the "三个一" contacts, weekly reports
// and blockers. The JSON each action records is the one its action in lib/actions writes.

/** The value of a field after the change, else before it (a removal keeps only `before`). */
const either = (f: ChangeFacts, key: string) => str(f.after, key) ?? str(f.before, key);

const milestoneName = (f: ChangeFacts) => either(f, 'name') ?? f.subject ?? UNSET;

function milestoneUpdated(f: ChangeFacts): Described {
  const { before, after } = f;
  const name = milestoneName(f);
  const status = str(after, 'status');
  const statusChanged = status !== null && differs(before, after, 'status');
  const actual = date(after, 'actualOn');
  // Done with its date is the line people look for: the planned date beside it shows whether it was late.
  const doneOn = statusChanged && status === 'done' && actual !== null;
  const head = doneOn
    ? line('timeline.milestone.done', { name, planned: shown(date(after, 'plannedOn')), actual })
    : statusChanged
      ? line('timeline.milestone.status', { name, status: term('milestoneStatus', status) })
      : line('timeline.milestone.edited', { name });
  const was = (key: string) => shown(date(before, key));
  const is = (key: string) => shown(date(after, key));
  return entry(head, [
    differs(before, after, 'name')
      ? line('timeline.detail.renamed', { from: shown(str(before, 'name')), to: name })
      : null,
    differs(before, after, 'plannedOn')
      ? line('timeline.detail.redated', { name, from: was('plannedOn'), to: is('plannedOn') })
      : null,
    !doneOn && differs(before, after, 'actualOn')
      ? line('timeline.detail.actual', { from: was('actualOn'), to: is('actualOn') })
      : null,
    differs(before, after, 'note') ? textLine('timeline.detail.note', str(after, 'note')) : null,
  ]);
}

function milestoneMoved(f: ChangeFacts): Described {
  const from = whole(f.before, 'sortOrder');
  const to = whole(f.after, 'sortOrder');
  const direction = from === null || to === null || from === to ? 'other' : to < from ? 'up' : 'down';
  return entry(line('timeline.milestone.moved', { name: milestoneName(f), direction }));
}

const MILESTONE: Record<string, Describer> = {
  'milestone.update': milestoneUpdated,
  'milestone.add': (f) =>
    entry(
      line('timeline.milestone.added', {
        name: milestoneName(f),
        planned: shown(date(f.after, 'plannedOn')),
      }),
    ),
  'milestone.remove': (f) =>
    entry(
      line('timeline.milestone.removed', {
        name: milestoneName(f),
        planned: shown(date(f.before, 'plannedOn')),
      }),
    ),
  'milestone.move': milestoneMoved,
  'milestone.apply_template': (f) =>
    entry(line('timeline.milestone.templated', { count: list(f.after.milestones).length })),
};

function stageMoved(f: ChangeFacts, key: 'timeline.stage.advanced' | 'timeline.stage.corrected') {
  const to = oneOf(STAGES, f.after, 'stage');
  return entry(
    line(key, {
      from: term('stages', oneOf(STAGES, f.before, 'stage')),
      to: term('stages', to),
      // The day the new stage was reached, as the move recorded it on the project.
      date: shown(to === null ? null : date(f.after, STAGE_DATE_FIELD[to])),
    }),
    [textLine('timeline.detail.reason', str(f.after, 'reason'))],
  );
}

const STAGE: Record<string, Describer> = {
  'project.advance_stage': (f) => stageMoved(f, 'timeline.stage.advanced'),
  'project.correct_stage': (f) => stageMoved(f, 'timeline.stage.corrected'),
};

function assigned(f: ChangeFacts): Described {
  const values = {
    person: person(f, whole(f.after, 'userId')),
    role: term('assignmentRoles', str(f.after, 'role')),
    since: shown(date(f.after, 'since')),
  };
  const previous = whole(f.before, 'userId');
  return entry(
    previous === null
      ? line('timeline.contacts.assigned', values)
      : line('timeline.contacts.replaced', { ...values, previous: person(f, previous) }),
  );
}

const CONTACTS: Record<string, Describer> = {
  'assignment.assign': assigned,
  'assignment.end': (f) =>
    entry(
      line('timeline.contacts.ended', {
        person: person(f, whole(f.after, 'userId') ?? whole(f.before, 'userId')),
        role: term('assignmentRoles', either(f, 'role')),
        until: shown(date(f.after, 'until')),
      }),
    ),
};

function progressFiled(f: ChangeFacts): Described {
  const weekStart = date(f.after, 'weekStart');
  const week = weekStart === null ? null : reportWeekContaining(weekStart);
  const values = {
    year: shown(week?.year ?? null),
    week: shown(week?.number ?? null),
    amount: wan(whole(f.after, 'investment')),
  };
  // A first filing records no `before`; an edit records the report as it was.
  const edit = Object.keys(f.before).length > 0;
  return entry(line(edit ? 'timeline.progress.edited' : 'timeline.progress.filed', values), [
    textLine('timeline.detail.progress', str(f.after, 'progress')),
  ]);
}

const blockerTitle = (f: ChangeFacts) => either(f, 'title') ?? f.subject ?? UNSET;

/** A blocker's move: a line naming the blocker, with what the move set, if anything. */
function blockerMove(
  key: `timeline.blocker.${string}`,
  more: (f: ChangeFacts) => {
    values?: TimelineLine['values'];
    details?: (TimelineLine | null)[];
  } = () => ({}),
): Describer {
  return (f) => {
    const { values, details = [textLine('timeline.detail.comment', str(f.after, 'comment'))] } = more(f);
    return entry(line(key, { title: blockerTitle(f), ...values }), details);
  };
}

const BLOCKER: Record<string, Describer> = {
  'blocker.raise': blockerMove('timeline.blocker.raised'),
  'blocker.assign': blockerMove('timeline.blocker.assigned', (f) => ({
    values: { unit: shown(str(f.after, 'responsibleUnit')), deadline: shown(date(f.after, 'deadline')) },
  })),
  'blocker.resolve': blockerMove('timeline.blocker.resolved', (f) => ({
    details: [textLine('timeline.detail.resolution', str(f.after, 'resolution'))],
  })),
  'blocker.close': blockerMove('timeline.blocker.closed'),
  'blocker.reopen': blockerMove('timeline.blocker.reopened'),
  'blocker.escalate': blockerMove('timeline.blocker.escalated'),
  'blocker.deescalate': blockerMove('timeline.blocker.deescalated'),
  'blocker.comment': blockerMove('timeline.blocker.commented', (f) => ({
    details: [textLine('timeline.detail.comment', str(f.after, 'comment'))],
  })),
};

/** Every audit action the timeline knows, by name. */
export const DESCRIBERS: Readonly<Record<string, Describer>> = {
  ...MILESTONE,
  ...STAGE,
  ...CONTACTS,
  'progress.file': progressFiled,
  'attachment.add': (f) =>
    entry(line('timeline.attachment.added', { file: shown(str(f.after, 'fileName')) })),
  'attachment.remove': (f) =>
    entry(line('timeline.attachment.removed', { file: shown(str(f.before, 'fileName')) })),
  ...BLOCKER,
  ...PLAN_DESCRIBERS,
  ...SUPERVISION_DESCRIBERS,
};
