import type { CampaignKpiKey } from '@/lib/domain/kpi';

/** The page listing the projects behind a KPI, over all rounds or one (of the zone a city account picked). */
export const kpiHref = (kpi: CampaignKpiKey, roundId?: number, zone?: number) =>
  `/dashboard/kpi?kpi=${kpi}${roundId === undefined ? '' : `&round=${roundId}`}${zone === undefined ? '' : `&zone=${zone}`}`;
