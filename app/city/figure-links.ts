import type { CityFigureKey } from '@/lib/domain/city-overview';

/**
 * The rows behind a figure of the city overview: the list or dashboard page that counts it, with the zone
 * picked (none: the whole city, for the total row). The same pages and filters as the zone's own 驾驶舱 links.
 */
export function figureHref(key: CityFigureKey, zoneId?: number): string {
  const [path, params]: [string, Record<string, string>] = (() => {
    switch (key) {
      case 'projects':
      case 'total':
        return ['/projects', {}];
      case 'annualPlan':
      case 'completed':
      case 'schedule':
        return ['/dashboard/investment', {}];
      case 'red':
      case 'yellow':
      case 'green':
        return ['/dashboard/lights', { light: key }];
      case 'notFiled':
        return ['/weekly', {}];
      case 'blockersOpen':
        return ['/blockers', { status: 'open' }];
      case 'blockersOverdue':
        return ['/blockers', { overdue: '1' }];
      case 'planRequests':
        return ['/plan-requests', {}];
      case 'noticesOpen':
        return ['/supervision', { status: 'open' }];
      case 'noticesOverdue':
        return ['/supervision', { status: 'overdue' }];
      default:
        return ['/dashboard/kpi', { kpi: key }];
    }
  })();
  const q = new URLSearchParams(params);
  if (zoneId !== undefined) q.set('zone', String(zoneId));
  const query = q.toString();
  return query ? `${path}?${query}` : path;
}
