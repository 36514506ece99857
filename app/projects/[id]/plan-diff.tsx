import { getTranslations } from 'next-intl/server';
import { diffPlan, type PlanChange, type PlanContent, type ProposedPlan } from '@/lib/domain/plan';

type T = Awaited<ReturnType<typeof getTranslations>>;

function lineOf(change: PlanChange, t: T): string {
  switch (change.kind) {
    case 'figure': {
      const shown = (v: number | string | null) => (v === null || v === '' ? t('planWork.none') : String(v));
      return t('planWork.diffLines.figure', {
        field: t(`planWork.figures.${change.field}`),
        from: shown(change.from),
        to: shown(change.to),
      });
    }
    case 'reorder':
      return t('planWork.diffLines.reorder');
    case 'redate':
      return t('planWork.diffLines.redate', change);
    case 'rename':
      return t('planWork.diffLines.rename', change);
    case 'add':
      return t('planWork.diffLines.add', change);
    case 'remove':
      return t('planWork.diffLines.remove', change);
  }
}

/** A proposal as the supervisor decides on it: each change, before → after. */
export async function PlanDiff({ base, proposal }: { base: PlanContent; proposal: ProposedPlan }) {
  const t = await getTranslations();
  return (
    <ul className="list-disc space-y-0.5 pl-5" data-testid="plan-diff">
      {diffPlan(base, proposal).map((change, i) => (
        // the diff is fixed for a request, so its order is a stable key
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li key={i}>{lineOf(change, t)}</li>
      ))}
    </ul>
  );
}
