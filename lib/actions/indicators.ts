'use server';

import { saveIndicatorDefinitionAction } from './indicator-definition';
import { fileIndicatorsAction } from './indicator-filing';
import { setQuarterLockAction, setReferenceRatesAction } from './indicator-quarter';
import { serve } from './serve';

export async function fileIndicators(input: unknown) {
  return serve(fileIndicatorsAction, input);
}

export async function setQuarterLock(input: unknown) {
  return serve(setQuarterLockAction, input);
}

export async function setReferenceRates(input: unknown) {
  return serve(setReferenceRatesAction, input);
}

export async function saveIndicatorDefinition(input: unknown) {
  return serve(saveIndicatorDefinitionAction, input);
}
