import { describe, expect, it } from 'vitest';
import { addDays, zoneDateOf } from '@/lib/domain/dates';
import { fieldErrorsOf } from './errors';
import { updateMilestoneSchema } from './milestone';

const base = { milestoneId: '3', version: '2', status: 'done', actualOn: '2024-04-10', note: ' 已完成 ' };

describe('updateMilestoneSchema', () => {
  it('coerces FormData strings and trims', () => {
    expect(updateMilestoneSchema.parse(base)).toEqual({
      milestoneId: 3,
      version: 2,
      status: 'done',
      actualOn: '2024-04-10',
      note: '已完成',
    });
  });
  it('turns an empty date into null for a milestone not done', () => {
    expect(updateMilestoneSchema.parse({ ...base, status: 'in_progress', actualOn: '' }).actualOn).toBeNull();
  });
  it('strips fields it does not know (a forged projectId is never applied)', () => {
    expect(updateMilestoneSchema.parse({ ...base, projectId: 99, updatedBy: 1 })).not.toHaveProperty(
      'projectId',
    );
  });

  const errorsOf = (input: Record<string, unknown>) => {
    const r = updateMilestoneSchema.safeParse(input);
    if (r.success) throw new Error('expected a refusal');
    return fieldErrorsOf(r.error);
  };
  it('needs an actual date when done, and none otherwise', () => {
    expect(errorsOf({ ...base, actualOn: '' })).toEqual({ actualOn: ['validation.actualRequired'] });
    expect(errorsOf({ ...base, status: 'not_started' })).toEqual({
      actualOn: ['validation.actualOnlyWhenDone'],
    });
  });
  it('refuses an actual date after today (Asia/Shanghai)', () => {
    const tomorrow = addDays(zoneDateOf(new Date()), 1);
    expect(errorsOf({ ...base, actualOn: tomorrow })).toEqual({ actualOn: ['validation.actualInFuture'] });
  });
  it('refuses unknown statuses, bad dates, bad ids and long notes with i18n keys', () => {
    const errors = errorsOf({
      milestoneId: 'abc',
      version: '0',
      status: 'finished',
      actualOn: '2024-02-30',
      note: 'x'.repeat(501),
    });
    expect(Object.keys(errors).sort()).toEqual(['actualOn', 'milestoneId', 'note', 'status', 'version']);
    for (const list of Object.values(errors)) for (const key of list) expect(key).toMatch(/^validation\./);
  });
});
