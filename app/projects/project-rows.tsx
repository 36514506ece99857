'use client';

import Link from 'next/link';
import type { TrafficLight as Light } from '@/lib/domain/milestones';
import { type ContactLabels, ContactNames, type ShownContacts } from '../_components/contact-names';
import { TrafficLight } from '../_components/traffic-light';
import { DelayCells, DelayLine } from './delay-figures';

/** One row of the project list, its words already translated: what the server sends per project. */
export interface ProjectRowData {
  id: number;
  name: string;
  enterprise: string;
  /** "调整 n 次 · 累计延期 n 天", the phone's line under the name. */
  delayLine: string;
  light: Light;
  lightLabel: string;
  stage: string;
  contacts: ShownContacts;
  park: string;
  kind: string;
  total: string;
  lateCount: number;
  planChanges: number;
  delayDays: number;
}

/**
 * The project list's rows, rendered from their data. A client component on purpose: the server's HTML is the
 * same, but the page's payload then carries each row's data once (about 300 bytes) instead of its whole
 * element tree a second time (1.5 KB a row), which was most of the list's bytes.
 */
export function ProjectRows({ rows, labels }: { rows: ProjectRowData[]; labels: ContactLabels }) {
  return rows.map((r) => (
    <tr key={r.id} data-testid="project-row">
      <td>
        <Link href={`/projects/${r.id}`} className="row-link">
          {r.name}
        </Link>
        <div className="text-xs text-slate-500">{r.enterprise}</div>
        <DelayLine delayDays={r.delayDays} text={r.delayLine} />
      </td>
      <td>
        <TrafficLight light={r.light} label={r.lightLabel} />
      </td>
      <td>{r.stage}</td>
      <td>
        <ContactNames contacts={r.contacts} labels={labels} />
      </td>
      <td>{r.park}</td>
      <td>{r.kind}</td>
      <td>{r.total}</td>
      <td
        className={r.lateCount > 0 ? 'font-semibold text-light-red' : 'text-slate-500'}
        data-testid="late-count"
      >
        {r.lateCount}
      </td>
      <DelayCells planChanges={r.planChanges} delayDays={r.delayDays} />
    </tr>
  ));
}
