import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from './errors';
import { editProjectSchema } from './plan';
import { createProjectSchema } from './project';
import { signInSchema } from './sign-in';

const created = {
  clientKey: randomUUID(),
  name: '雄山集团精密锯片二期',
  enterprise: '雄山集团有限公司',
  parkId: '1',
  kind: 'new',
  stage: 'signed',
  stageOn: '2024-04-01',
  planYear: '2024',
  totalInvestment: '100',
  annualPlannedInvestment: '100',
  completedInvestment: '100',
};
const edited = {
  projectId: 1,
  version: 1,
  name: '雄山集团精密锯片二期',
  enterprise: '雄山集团有限公司',
  parkId: 1,
  kind: 'new',
  totalInvestment: 100,
  annualPlannedInvestment: 100,
};

function errorsOf(schema: typeof createProjectSchema | typeof editProjectSchema, input: object) {
  const r = schema.safeParse(input);
  return r.success ? {} : fieldErrorsOf(r.error);
}

describe('a project’s money adds up', () => {
  it('takes figures equal to the total', () => {
    expect(errorsOf(createProjectSchema, created)).toEqual({});
    expect(errorsOf(editProjectSchema, edited)).toEqual({});
  });
  it('puts the error on the figure that exceeds the total', () => {
    expect(errorsOf(createProjectSchema, { ...created, completedInvestment: '1000' })).toEqual({
      completedInvestment: ['validation.exceedsTotal'],
    });
    expect(errorsOf(createProjectSchema, { ...created, annualPlannedInvestment: '101' })).toEqual({
      annualPlannedInvestment: ['validation.exceedsTotal'],
    });
    expect(errorsOf(editProjectSchema, { ...edited, annualPlannedInvestment: 101 })).toEqual({
      annualPlannedInvestment: ['validation.exceedsTotal'],
    });
  });
  it('does not compare a figure that is itself refused', () => {
    expect(errorsOf(createProjectSchema, { ...created, totalInvestment: '1e3' })).toEqual({
      totalInvestment: ['validation.wholeWan'],
    });
  });
});

describe('sign-in', () => {
  it('refuses a username with a NUL, which PostgreSQL could not even look up', () => {
    expect(signInSchema.safeParse({ username: 'xu\u0000', password: 'secret-2024' }).success).toBe(false);
    expect(signInSchema.safeParse({ username: ' xu ', password: 'secret-2024' }).success).toBe(true);
  });
});
