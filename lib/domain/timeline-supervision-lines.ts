import type { Describer } from './timeline';
import { date, entry, line, shown, str, textLine } from './timeline-values';

// What a 督办单's actions say in the project's history: its issue with the matter and deadline, then each reply
// and decision with its text. The JSON is what lib/actions/supervision-*.ts records.

const number = (after: Record<string, unknown>) => shown(str(after, 'number'));

/** A move after the issue: the line names the notice, the text under it. */
const move =
  (key: `timeline.supervision.${string}`): Describer =>
  (f) =>
    entry(line(key, { number: number(f.after) }), [
      textLine('timeline.detail.comment', str(f.after, 'body')),
    ]);

export const SUPERVISION_DESCRIBERS: Readonly<Record<string, Describer>> = {
  'supervision.issue': (f) =>
    entry(
      line('timeline.supervision.issued', { number: number(f.after), due: shown(date(f.after, 'replyDue')) }),
      [
        textLine('timeline.supervision.matter', str(f.after, 'matter')),
        textLine('timeline.supervision.instruction', str(f.after, 'instruction')),
      ],
    ),
  'supervision.reply': move('timeline.supervision.replied'),
  'supervision.accept': move('timeline.supervision.accepted'),
  'supervision.return': move('timeline.supervision.returned'),
};
