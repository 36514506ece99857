'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { openZonePlanYear } from '@/lib/actions/plans';
import { useActionButton } from '../_components/action-hooks';
import { FormMessage } from '../_components/form-controls';

/** 新年度计划 for every project of the zone still in the year before, in one step. */
export function ZoneYearForm(props: { zoneId: number; year: number }) {
  const t = useTranslations();
  const [done, setDone] = useState<string | null>(null);
  const open = useActionButton(async (input: unknown) => {
    const result = await openZonePlanYear(input);
    if (result.ok) setDone(t('planWork.rolloverZoneDone', result.data));
    return result;
  });
  return (
    <section
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm"
      data-testid="zone-year"
    >
      <p className="text-slate-600">
        {t('planWork.rolloverZoneHint', { year: props.year, prev: props.year - 1 })}
      </p>
      <button
        type="button"
        disabled={open.pending}
        onClick={() => open.run(props, t('planWork.rolloverConfirm'))}
        className="min-h-11 rounded border border-red-800 px-4 font-medium text-red-800 disabled:opacity-60"
      >
        {t('planWork.rolloverZone', { year: props.year })}
      </button>
      {done && (
        <p aria-live="polite" className="text-green-800">
          {done}
        </p>
      )}
      <FormMessage text={open.notice} />
    </section>
  );
}
