import { DESCRIBERS } from './timeline-lines';
import { type Json, obj, whole } from './timeline-values';

// 项目动态: every change to a project is an audit row (written in the change's own transaction), and the timeline
// is those rows in words. This file decides what each row says, as a message key under "timeline.*" and its
// values; timeline-text.ts puts it in the reader's language. Rows are old and new, so any field of their JSON
// may be missing: a line then says less, and an action it does not know gets a generic line, never an error.

export const TIMELINE_AREAS = [
  'milestone',
  'plan',
  'stage',
  'contacts',
  'progress',
  'blocker',
  'supervision',
  'project',
] as const;
export type TimelineArea = (typeof TIMELINE_AREAS)[number];

/** Stage moves are project actions, but readers look for them on their own. */
export const STAGE_ACTIONS = ['project.advance_stage', 'project.correct_stage'] as const;

/** The audit action prefix of each area; 'project' leaves out the stage moves. */
export const AREA_PREFIX = {
  milestone: 'milestone.',
  plan: 'plan.',
  contacts: 'assignment.',
  progress: 'progress.',
  blocker: 'blocker.',
  supervision: 'supervision.',
  project: 'project.',
} as const satisfies Record<Exclude<TimelineArea, 'stage'>, string>;

export function areaOf(action: string): TimelineArea | null {
  if ((STAGE_ACTIONS as readonly string[]).includes(action)) return 'stage';
  const found = Object.entries(AREA_PREFIX).find(([, prefix]) => action.startsWith(prefix));
  return found ? (found[0] as TimelineArea) : null;
}

/** Vocabularies shown translated: the catalogue namespace of each one's codes ('fields': timeline.fields). */
export type TermSet = 'stages' | 'milestoneStatus' | 'assignmentRoles' | 'kinds' | 'fields';

/** A value in a line: as it is, a code of a vocabulary, or an amount in 万元. */
export type TimelineValue = string | number | { term: TermSet; code: string } | { wan: number };

export interface TimelineLine {
  key: `timeline.${string}`;
  values: Record<string, TimelineValue>;
}

/** One audit row in words: the headline, and the lines under it (a plan change's items, a note…). */
export interface TimelineEntry extends TimelineLine {
  area: TimelineArea | null;
  details: TimelineLine[];
}

/** What of an audit row the timeline reads. */
export interface AuditChange {
  action: string;
  before: unknown;
  after: unknown;
  /** The current title or name of the blocker or milestone the row is about, for rows whose JSON lacks it. */
  subject?: string | null;
}

/** Names of the people a row refers to by id (an assignment's holder), looked up once for a whole page. */
export type People = ReadonlyMap<number, string>;

/** What a line builder gets: the row's JSON as objects, whatever was stored. */
export interface ChangeFacts {
  before: Json;
  after: Json;
  subject: string | null;
  people: People;
}
export type Described = Omit<TimelineEntry, 'area'>;
/** What one audit action says, from its row's facts. */
export type Describer = (facts: ChangeFacts) => Described;

export function describeChange(change: AuditChange, people: People = new Map()): TimelineEntry {
  const area = areaOf(change.action);
  const describer = Object.hasOwn(DESCRIBERS, change.action) ? DESCRIBERS[change.action] : undefined;
  if (!describer) return { key: 'timeline.unknown', values: { action: change.action }, details: [], area };
  const facts = {
    before: obj(change.before),
    after: obj(change.after),
    subject: change.subject ?? null,
    people,
  };
  return { ...describer(facts), area };
}

/** The people a row names by id (not its actor): an assignment's new and previous holder. */
export function peopleIn(change: Pick<AuditChange, 'action' | 'before' | 'after'>): number[] {
  if (!change.action.startsWith(AREA_PREFIX.contacts)) return [];
  const ids = [whole(obj(change.after), 'userId'), whole(obj(change.before), 'userId')];
  return ids.filter((id): id is number => id !== null);
}
