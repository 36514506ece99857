'use server';

import { chaseReportsAction } from './report-chase';
import { closeReportWeekAction, reopenReportWeekAction } from './report-week';
import { serve } from './serve';

export async function closeReportWeek(input: unknown) {
  return serve(closeReportWeekAction, input);
}

export async function reopenReportWeek(input: unknown) {
  return serve(reopenReportWeekAction, input);
}

export async function chaseReports(input: unknown) {
  return serve(chaseReportsAction, input);
}
