import { WIDE_ONLY } from '../_components/data-table';

// 调整次数 and 累计延期天数 of a project's row: two columns on a wide screen; on a phone, where a wide table
// scrolls sideways inside its box, one line under the project's name, so they are read without scrolling.

const delayTone = (days: number) => (days > 0 ? 'font-semibold text-light-yellow' : 'text-slate-400');

export function DelayCells({ planChanges, delayDays }: { planChanges: number; delayDays: number }) {
  return (
    <>
      <td className={`px-3 py-2 text-right tabular-nums ${WIDE_ONLY}`} data-testid="plan-changes">
        {planChanges}
      </td>
      <td
        className={`px-3 py-2 text-right tabular-nums ${WIDE_ONLY} ${delayTone(delayDays)}`}
        data-testid="delay-days"
      >
        {delayDays}
      </td>
    </>
  );
}

/** The phone's line; `text` is the translated "调整 n 次 · 累计延期 n 天". */
export function DelayLine({ delayDays, text }: { delayDays: number; text: string }) {
  return <div className={`text-xs sm:hidden ${delayTone(delayDays)}`}>{text}</div>;
}
