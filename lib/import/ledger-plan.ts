import type { Stage } from '@/lib/domain/stages';
import { ASSIGNMENT_ROLES, type AssignmentRole, type ProjectKind } from '@/lib/domain/vocabulary';
import type { LedgerFieldKey } from './ledger-fields';
import { type LedgerRow, type LedgerValues, type Problem, personKey } from './ledger-rows';

// What an import would do to the zone, row by row, decided from the rows and what the zone holds. Pure: the
// preview shows it, and the import recomputes it inside its transaction and writes only if it is the same.

/** A project of the zone as the import compares it: the facts a ledger carries. */
export interface BookProject {
  id: number;
  code: string | null;
  name: string;
  enterprise: string;
  park: string;
  kind: ProjectKind;
  stage: Stage;
  total: number;
  annual: number;
  /** Completed before the weekly reports (`completed_investment`). */
  completedBase: number;
  /** The plan year's filed weekly figures: the ledger's 已完成 is the year to date, base plus these. */
  filed: number;
  plannedStart: string | null;
  plannedFinish: string | null;
  contactPerson: string;
  contactPhone: string;
  summary: string;
  planYear: number;
  version: number;
  holders: Partial<Record<AssignmentRole, { userId: number; name: string }>>;
}

export interface BookPerson {
  id: number;
  name: string;
  username: string;
  title: string;
}

/** What the zone holds, as far as an import needs it. */
export interface ZoneBook {
  parks: ReadonlyMap<string, number>;
  enterprises: ReadonlyMap<string, number>;
  /** The zone's active officials: who may hold a "三个一" role. */
  people: readonly BookPerson[];
  projects: readonly BookProject[];
}

export interface ImportOptions {
  /** The plan year of the ledger: new projects get it; a project of another year is not updated. */
  planYear: number;
  /** Parks and enterprises the ledger names and the zone lacks are made (else each is a problem). */
  createMissing: boolean;
  /** A name that several officials share, resolved in the preview: name → user id. */
  choices: Readonly<Record<string, number>>;
}

export interface Change {
  field: LedgerFieldKey;
  from: string;
  to: string;
}

/** Project columns an import sets; the stage only on a new project (a move forward has its own action). */
export interface ProjectFields {
  code?: string;
  name?: string;
  park?: string;
  enterprise?: string;
  kind?: ProjectKind;
  stage?: Stage;
  totalInvestment?: number;
  annualPlannedInvestment?: number;
  completedInvestment?: number;
  plannedStartOn?: string | null;
  plannedFinishOn?: string | null;
  contactPerson?: string;
  contactPhone?: string;
  summary?: string;
}

export interface PlannedRow {
  /** The sheet's row number. */
  line: number;
  name: string;
  action: 'create' | 'update' | 'same' | 'invalid';
  projectId: number | null;
  changes: Change[];
  /** What is not applied but worth saying (a different stage). */
  notes: Problem[];
  problems: Problem[];
  set: ProjectFields;
  holders: Partial<Record<AssignmentRole, number>>;
}

export interface Ambiguity {
  name: string;
  candidates: BookPerson[];
}

export interface ImportPlan {
  rows: PlannedRow[];
  newParks: string[];
  newEnterprises: string[];
  ambiguities: Ambiguity[];
  counts: Record<PlannedRow['action'], number>;
  problemCount: number;
  /** Stands for the whole plan: the import writes only the plan its preview showed. */
  fingerprint: string;
}

const MONEY_FIELD = { total: 'totalInvestment', annual: 'annualPlannedInvestment' } as const;
const TEXT_FIELD = {
  enterprise: 'enterprise',
  park: 'park',
  contactPerson: 'contactPerson',
  contactPhone: 'contactPhone',
  summary: 'summary',
} as const;

/** FNV-1a over the plan's writes: enough to tell two previews apart, not a security measure. */
function fingerprintOf(value: unknown): string {
  let hash = 0x811c9dc5;
  for (const ch of JSON.stringify(value)) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function matcher(book: ZoneBook) {
  const byCode = new Map<string, BookProject>();
  const byName = new Map<string, BookProject[]>();
  for (const p of book.projects) {
    if (p.code) byCode.set(p.code, p);
    byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  }
  /**
   * By the ledger's number first; else by name. A project of that name under another number is neither: the
   * row is refused (a renumbered ledger would otherwise double the zone's projects).
   */
  return (v: LedgerValues): { found: BookProject[]; otherCode?: string } => {
    const coded = v.code ? byCode.get(v.code) : undefined;
    if (coded) return { found: [coded] };
    const named = byName.get(v.name) ?? [];
    const otherCode = v.code ? named.find((p) => p.code !== null)?.code : undefined;
    if (otherCode) return { found: [], otherCode };
    return { found: named };
  };
}

export function planImport(rows: readonly LedgerRow[], book: ZoneBook, options: ImportOptions): ImportPlan {
  const match = matcher(book);
  const peopleByName = new Map<string, BookPerson[]>();
  for (const p of book.people) {
    const key = personKey(p.name);
    peopleByName.set(key, [...(peopleByName.get(key) ?? []), p]);
  }
  const claimed = new Map<number, number>();
  const newParks = new Set<string>();
  const newEnterprises = new Set<string>();
  const ambiguities = new Map<string, Ambiguity>();
  const seen = new Map<string, number>();

  const planned = rows.map((row): PlannedRow => {
    const v = row.values;
    const line = row.index + 1;
    const problems = [...row.problems];
    const notes: Problem[] = [];
    const at = (field: LedgerFieldKey) => row.cells[field] ?? String(line);
    const problem = (field: LedgerFieldKey, key: string, params?: Problem['params']) =>
      problems.push({ cell: at(field), key, params });

    for (const key of [v.code && `code:${v.code}`, !v.code && v.name && `name:${v.name}`]) {
      if (!key) continue;
      const first = seen.get(key);
      if (first !== undefined) problem(key.startsWith('code') ? 'code' : 'name', 'duplicateRow', { first });
      else seen.set(key, line);
    }

    const { found, otherCode } = v.name ? match(v) : { found: [] };
    if (otherCode) problem('code', 'codeDiffers', { value: otherCode });
    if (found.length > 1) problem('name', 'ambiguousProject', { count: found.length });
    const current = found.length === 1 ? found[0] : undefined;
    if (current) {
      const first = claimed.get(current.id);
      if (first !== undefined) problem('name', 'sameProject', { first });
      else claimed.set(current.id, line);
      if (current.planYear !== options.planYear)
        problem('name', 'otherPlanYear', { year: current.planYear, chosen: options.planYear });
    }

    if (v.park && !book.parks.has(v.park)) {
      if (options.createMissing) newParks.add(v.park);
      else problem('park', 'unknownPark', { value: v.park });
    }
    if (v.enterprise && !book.enterprises.has(v.enterprise)) {
      if (options.createMissing) newEnterprises.add(v.enterprise);
      else problem('enterprise', 'unknownEnterprise', { value: v.enterprise });
    }

    const holders: PlannedRow['holders'] = {};
    for (const role of ASSIGNMENT_ROLES) {
      const name = v[role];
      // The holder the zone has already: no change, even if their account is no longer active.
      const held = current?.holders[role];
      if (!name || (held && personKey(held.name) === personKey(name))) continue;
      const candidates = peopleByName.get(personKey(name)) ?? [];
      const chosen = options.choices[name];
      const person =
        candidates.length === 1
          ? candidates[0]
          : candidates.find((c) => chosen !== undefined && c.id === chosen);
      if (candidates.length === 0) problem(role, 'personNotFound', { value: name });
      else if (!person) {
        problem(role, 'personAmbiguous', { value: name, count: candidates.length });
        ambiguities.set(name, { name, candidates });
      } else if (Object.values(holders).includes(person.id)) problem(role, 'samePerson', { value: name });
      else holders[role] = person.id;
    }

    if (!current) {
      for (const field of ['enterprise', 'park', 'kind', 'total'] as const) {
        if (v[field] === undefined && !problems.some((p) => p.cell === row.cells[field]))
          problem(field, 'requiredForNew', { field });
      }
    }
    const filed = current?.filed ?? 0;
    if (v.completed !== undefined && v.completed < filed) problem('completed', 'belowFiled', { filed });
    // Against the total the project will have: the ledger's, else the one it has (rows.ts checked the file's own).
    const total = v.total ?? current?.total;
    if (v.total === undefined && total !== undefined) {
      if (v.annual !== undefined && v.annual > total) problem('annual', 'exceedsTotal');
      if (v.completed !== undefined && v.completed > total) problem('completed', 'exceedsTotal');
    }
    if (v.total !== undefined && current) {
      if (v.annual === undefined && current.annual > v.total) problem('total', 'belowAnnual');
      if (v.completed === undefined && current.completedBase + filed > v.total)
        problem('total', 'belowCompleted');
    }

    const set: ProjectFields = {};
    const changes: Change[] = [];
    const put = <K extends keyof ProjectFields>(
      field: LedgerFieldKey,
      column: K,
      to: ProjectFields[K] | undefined,
      from: ProjectFields[K] | undefined,
      show: (x: ProjectFields[K]) => string = (x) => String(x ?? ''),
    ) => {
      if (to === undefined || (current && to === from)) return;
      set[column] = to;
      if (current) changes.push({ field, from: show(from as ProjectFields[K]), to: show(to) });
    };
    put('code', 'code', v.code, current?.code ?? undefined);
    put('name', 'name', v.name || undefined, current?.name);
    for (const [field, column] of Object.entries(TEXT_FIELD) as [
      keyof typeof TEXT_FIELD,
      keyof ProjectFields,
    ][])
      put(field, column, v[field], current?.[field]);
    put('kind', 'kind', v.kind, current?.kind);
    for (const [field, column] of Object.entries(MONEY_FIELD) as [
      keyof typeof MONEY_FIELD,
      keyof ProjectFields,
    ][])
      put(field, column, v[field], current?.[field]);
    if (v.completed !== undefined && v.completed >= filed)
      put('completed', 'completedInvestment', v.completed - filed, current?.completedBase, (x) =>
        String((x as number) + filed),
      );
    put('plannedStart', 'plannedStartOn', v.plannedStart, current?.plannedStart ?? undefined);
    put('plannedFinish', 'plannedFinishOn', v.plannedFinish, current?.plannedFinish ?? undefined);
    if (!current) set.stage = v.stage ?? defaultStage(v.kind);
    else if (v.stage && v.stage !== current.stage) notes.push({ cell: at('stage'), key: 'stageNotMoved' });

    const holderChanges: PlannedRow['holders'] = {};
    for (const role of ASSIGNMENT_ROLES) {
      const to = holders[role];
      const was = current?.holders[role];
      if (to === undefined || to === was?.userId) continue;
      // Another role of the project held by the same person, and staying so: one person, one role.
      const keeps = ASSIGNMENT_ROLES.find(
        (r) => r !== role && current?.holders[r]?.userId === to && (holders[r] ?? to) === to,
      );
      if (keeps) {
        problem(role, 'holdsOtherRole', { value: v[role] ?? '' });
        continue;
      }
      holderChanges[role] = to;
      if (current) changes.push({ field: role, from: was?.name ?? '', to: v[role] ?? '' });
    }

    const action =
      problems.length > 0 ? 'invalid' : !current ? 'create' : changes.length > 0 ? 'update' : 'same';
    return {
      line,
      name: v.name,
      action,
      projectId: current?.id ?? null,
      changes,
      notes,
      problems,
      set,
      holders: holderChanges,
    };
  });

  const counts = { create: 0, update: 0, same: 0, invalid: 0 };
  for (const r of planned) counts[r.action]++;
  // What is written, and what it is written over: a project changed or handed over since the preview, or
  // another plan year chosen, is another plan.
  const byId = new Map(book.projects.map((p) => [p.id, p]));
  const writes = planned.map((r) => {
    const over = r.projectId === null ? null : byId.get(r.projectId);
    return [r.line, r.action, r.projectId, r.set, r.holders, over?.version, over?.holders];
  });
  return {
    rows: planned,
    newParks: [...newParks],
    newEnterprises: [...newEnterprises],
    ambiguities: [...ambiguities.values()],
    counts,
    problemCount: planned.reduce((n, r) => n + r.problems.length, 0),
    fingerprint: fingerprintOf([options.planYear, writes, [...newParks], [...newEnterprises]]),
  };
}

/** A new project's stage when the ledger gives none: where a project of its kind usually stands. */
function defaultStage(kind: ProjectKind | undefined): Stage {
  if (kind === 'continuing') return 'under_construction';
  if (kind === 'new') return 'signed';
  return 'negotiating';
}
