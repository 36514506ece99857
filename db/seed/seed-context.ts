import { addDays } from '@/lib/domain/dates';
import { DEMO_REPORT_DATE } from './demo-projects';

/** What the seed's later parts need of the rows written before them. */
export interface SeedContext {
  shift: (date: string) => string;
  users: Map<string, { id: number; name: string }>;
  projectIds: Map<string, { id: number; liaison: string | null; cadre: string }>;
}

/** Helpers over the context: people by username, and instants some days from the report's day. */
export function seedHelpers(ctx: SeedContext) {
  const person = (name: string) => {
    const u = ctx.users.get(name);
    if (!u) throw new Error(`demo data refers to unknown user ${name}`);
    return u;
  };
  const day = (days: number) => ctx.shift(addDays(DEMO_REPORT_DATE, days));
  const at = (days: number) => new Date(`${day(days)}T02:00:00Z`); // 10:00 in Shanghai
  return { person, day, at };
}
