import { describe, expect, it } from 'vitest';
import { indicatorFilingSchema, quarterParamsSchema, referenceRatesSchema } from './indicators';

const filing = (extra: Record<string, unknown> = {}) => ({
  zoneId: 1,
  year: 2024,
  quarter: 1,
  version: '',
  values: [{ indicatorId: 3, value: ' 36.3135 ' }],
  ...extra,
});

describe('indicatorFilingSchema', () => {
  it('takes figures as exact text, "" as not reported, version "" as 0', () => {
    expect(indicatorFilingSchema.parse(filing({ values: [{ indicatorId: '3', value: '' }] }))).toEqual({
      zoneId: 1,
      year: 2024,
      quarter: 1,
      version: 0,
      values: [{ indicatorId: 3, value: '' }],
    });
    expect(indicatorFilingSchema.parse(filing()).values).toEqual([{ indicatorId: 3, value: '36.3135' }]);
  });

  it('takes a figure up to ten whole digits', () => {
    const ok = indicatorFilingSchema.safeParse(
      filing({ values: [{ indicatorId: 3, value: '9999999999.9999' }] }),
    );
    expect(ok.success).toBe(true);
  });

  it.each(['-1', '1.23456', '1e3', '0x10', 'abc', '12345678901', '12345678901234'])(
    'refuses the figure %j',
    (value) => {
      expect(indicatorFilingSchema.safeParse(filing({ values: [{ indicatorId: 3, value }] })).success).toBe(
        false,
      );
    },
  );

  it('refuses an indicator twice, a quarter 5 and a quarter not yet begun', () => {
    const twice = [
      { indicatorId: 3, value: '1' },
      { indicatorId: 3, value: '2' },
    ];
    expect(indicatorFilingSchema.safeParse(filing({ values: twice })).success).toBe(false);
    expect(indicatorFilingSchema.safeParse(filing({ quarter: 5 })).success).toBe(false);
    const next = indicatorFilingSchema.safeParse(filing({ year: new Date().getFullYear() + 1 }));
    expect(next.success).toBe(false);
    expect(next.error?.issues[0]?.message).toBe('indicatorValidation.futureQuarter');
  });
});

describe('referenceRatesSchema', () => {
  it('takes rates with at most two decimals, negative ones too, "" as none', () => {
    const parsed = referenceRatesSchema.parse({
      year: 2024,
      quarter: 1,
      version: 1,
      rates: [
        { indicatorId: 2, city: '20.80', province: '-3.5' },
        { indicatorId: 4, city: '', province: '' },
      ],
    });
    expect(parsed.rates).toEqual([
      { indicatorId: 2, city: '20.80', province: '-3.5' },
      { indicatorId: 4, city: '', province: '' },
    ]);
    expect(
      referenceRatesSchema.safeParse({
        year: 2024,
        quarter: 1,
        version: 1,
        rates: [{ indicatorId: 2, city: '1.234', province: '' }],
      }).success,
    ).toBe(false);
  });
});

describe('quarterParamsSchema', () => {
  it('reads a well-formed quarter and leaves anything else to the default', () => {
    expect(quarterParamsSchema.parse({ year: '2024', quarter: '1' })).toEqual({ year: 2024, quarter: 1 });
    expect(quarterParamsSchema.parse({ year: '1e3', quarter: '5' })).toEqual({});
    expect(quarterParamsSchema.parse({ year: '99999', quarter: '0x1' })).toEqual({});
    expect(quarterParamsSchema.parse({})).toEqual({});
  });
});
