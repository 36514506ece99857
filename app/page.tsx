import { redirect } from 'next/navigation';
import { requireViewer } from '@/lib/auth/session';

/** Officials start from their own projects; everyone else from the zone's list. */
export default async function Home() {
  const viewer = await requireViewer();
  redirect(viewer.role === 'official' ? '/my' : '/projects');
}
