import { quarterAfter, quarterOfDate } from '@/lib/domain/indicators';
import { flag, id, optionalId, text, versionOrNone, wholeNumber, zoneToday } from './fields';
import { orDefault } from './request-params';
import { z } from './zod';

// 开发区季度指标: the forms of a zone's quarterly filing, the city's lock and reference rates, the definitions,
// and the quarter a page or an export names in its URL.

export const INDICATOR_YEARS = { min: 2000, max: 2100 } as const;

/**
 * A figure as a form sends it: digits with at most four decimals, not negative, below 10^10. Held as whole
 * ten-thousandths (lib/domain/indicators.ts), the sum of hundreds of zones stays exact in a double (below 2^53).
 */
const FIGURE = /^[0-9]{1,10}(\.[0-9]{1,4})?$/;
/** A rate the city enters, in percent: may be negative, at most two decimals. */
const RATE = /^-?[0-9]{1,6}(\.[0-9]{1,2})?$/;

const year = () =>
  wholeNumber('validation.invalid').pipe(
    z.number().min(INDICATOR_YEARS.min, 'validation.invalid').max(INDICATOR_YEARS.max, 'validation.invalid'),
  );
const quarter = () =>
  wholeNumber('validation.invalid').pipe(
    z.number().min(1, 'validation.invalid').max(4, 'validation.invalid'),
  );

/** "" (not reported) or a figure; the value goes on as text, exact, to the numeric column. */
const figure = () =>
  z
    .union([z.string('indicatorValidation.figure'), z.number().transform(String)])
    .transform((v) => v.trim())
    .refine((v) => v === '' || FIGURE.test(v), 'indicatorValidation.figure');

const rate = () =>
  z
    .union([z.string('indicatorValidation.rate'), z.number().transform(String)])
    .transform((v) => v.trim())
    .refine((v) => v === '' || RATE.test(v), 'indicatorValidation.rate');

/** Each indicator at most once in a list. */
const distinctIndicators = <T extends { indicatorId: number }>(list: T[]) =>
  new Set(list.map((v) => v.indicatorId)).size === list.length;

/** A zone's figures of one quarter, all at once. `version` is the filing's, 0 before its first filing. */
export const indicatorFilingSchema = z
  .object({
    zoneId: id(),
    year: year(),
    quarter: quarter(),
    version: versionOrNone(),
    values: z
      .array(z.object({ indicatorId: id(), value: figure() }), 'validation.invalid')
      .max(200, 'validation.invalid')
      .refine(distinctIndicators, 'validation.invalid'),
  })
  // A quarter is filed once it has begun (its figures run to its end, filed in its last weeks or after).
  .refine((f) => !quarterAfter(f, quarterOfDate(zoneToday())), {
    message: 'indicatorValidation.futureQuarter',
    path: ['quarter'],
  });

/** Lock or unlock a quarter for every zone. */
export const quarterLockSchema = z.object({ year: year(), quarter: quarter(), locked: flag() });

/** The reference rates of a quarter (全市, 全省开发区), per indicator; "" clears one. */
export const referenceRatesSchema = z.object({
  year: year(),
  quarter: quarter(),
  version: versionOrNone(),
  rates: z
    .array(z.object({ indicatorId: id(), city: rate(), province: rate() }), 'validation.invalid')
    .max(200, 'validation.invalid')
    .refine(distinctIndicators, 'validation.invalid'),
});

/** One indicator of the set, new (`id` empty) or edited (`version` the row's). */
export const indicatorDefinitionSchema = z.object({
  id: optionalId(),
  version: versionOrNone(),
  code: z
    .string('validation.required')
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,39}$/, 'indicatorValidation.code'),
  name: text(40).min(1, 'validation.required'),
  unit: text(10).min(1, 'validation.required'),
  decimals: wholeNumber('validation.invalid').pipe(
    z.number().min(0, 'validation.invalid').max(4, 'validation.invalid'),
  ),
  yoy: flag(),
  summed: flag(),
  shareOfId: optionalId(),
  sortOrder: wholeNumber('validation.invalid').pipe(
    z.number().min(0, 'validation.invalid').max(9999, 'validation.invalid'),
  ),
  active: flag(),
});

export type IndicatorFilingInput = z.input<typeof indicatorFilingSchema>;
export type ReferenceRatesInput = z.input<typeof referenceRatesSchema>;
export type IndicatorDefinitionInput = z.input<typeof indicatorDefinitionSchema>;

const urlYear = () =>
  z
    .string()
    .regex(/^[0-9]{4}$/)
    .transform(Number)
    .pipe(z.number().min(INDICATOR_YEARS.min).max(INDICATOR_YEARS.max));
const urlQuarter = () =>
  z
    .string()
    .regex(/^[1-4]$/)
    .transform(Number);

/** `?year=2024&quarter=1` on the table, the filing page and the export: a bad or missing one is the default. */
export const quarterParamsSchema = z.object({
  year: orDefault(urlYear()),
  quarter: orDefault(urlQuarter()),
});
export type IndicatorFilingOutput = z.output<typeof indicatorFilingSchema>;
export type ReferenceRatesOutput = z.output<typeof referenceRatesSchema>;
export type IndicatorDefinitionOutput = z.output<typeof indicatorDefinitionSchema>;
