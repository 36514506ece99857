import { and, eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { UserRole } from '@/lib/domain/vocabulary';

/** The signed-in person as the database knows them now (not as the session token remembers them). */
export interface Viewer {
  id: number;
  name: string;
  title: string;
  role: UserRole;
  zoneId: number | null;
}

/** Null for an unknown or disabled user: a disabled account stops working on its next request. */
export async function loadViewer(db: DbOrTx, userId: number): Promise<Viewer | null> {
  const [row] = await db
    .select({ id: users.id, name: users.name, title: users.title, role: users.role, zoneId: users.zoneId })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.disabled, false)));
  return row ?? null;
}
