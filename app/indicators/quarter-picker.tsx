import { getTranslations } from 'next-intl/server';

/** Year and quarter as a plain GET form: works without JavaScript, parsed by the page's zod schema. */
export async function QuarterPicker(props: {
  years: number[];
  year: number;
  quarter: number;
  action?: string;
}) {
  const t = await getTranslations();
  const years = props.years.includes(props.year) ? props.years : [props.year, ...props.years];
  const select = 'mt-1 block min-h-11 rounded border border-slate-300 bg-white px-2';
  return (
    <form
      method="get"
      action={props.action}
      className="flex flex-wrap items-end gap-2"
      data-testid="quarter-picker"
    >
      <label className="text-sm text-slate-600">
        {t('indicators.year')}
        <select name="year" defaultValue={props.year} className={select}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm text-slate-600">
        {t('indicators.quarter')}
        <select name="quarter" defaultValue={props.quarter} className={select}>
          {[1, 2, 3, 4].map((n) => (
            <option key={n} value={n}>
              {t('indicators.quarterOption', { quarter: n })}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="min-h-11 rounded border border-slate-300 bg-white px-3 text-sm">
        {t('indicators.show')}
      </button>
    </form>
  );
}
