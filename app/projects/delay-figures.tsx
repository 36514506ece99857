// 调整次数 and 累计延期天数 of a project's row: two columns on a wide screen (figures: the list's headers align
// them); on a phone, where those columns are left out of the card (the headers say 'hide'), one line under the
// project's name.

const delayTone = (days: number) => (days > 0 ? 'font-semibold text-light-yellow' : 'text-slate-500');

export function DelayCells({ planChanges, delayDays }: { planChanges: number; delayDays: number }) {
  return (
    <>
      <td data-testid="plan-changes">{planChanges}</td>
      <td className={delayTone(delayDays)} data-testid="delay-days">
        {delayDays}
      </td>
    </>
  );
}

/** The phone's line; `text` is the translated "调整 n 次 · 累计延期 n 天". */
export function DelayLine({ delayDays, text }: { delayDays: number; text: string }) {
  return <div className={`text-xs sm:hidden ${delayTone(delayDays)}`}>{text}</div>;
}
