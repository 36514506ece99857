import type { CampaignKpiKey } from '@/lib/domain/kpi';

/** The page listing the projects behind a KPI, over all rounds or one. */
export const kpiHref = (kpi: CampaignKpiKey, roundId?: number) =>
  `/dashboard/kpi?kpi=${kpi}${roundId === undefined ? '' : `&round=${roundId}`}`;
