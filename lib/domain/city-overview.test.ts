import { describe, expect, it } from 'vitest';
import {
  CITY_FIGURES,
  cityCounts,
  figuresOf,
  honourBoard,
  type OverviewRow,
  rankBy,
  type ZoneCounts,
} from './city-overview';

const counts = (over: Partial<ZoneCounts> = {}): ZoneCounts => ({
  projects: 0,
  total: 0,
  annualPlan: 0,
  completed: 0,
  notFiled: 0,
  red: 0,
  yellow: 0,
  green: 0,
  blockersOpen: 0,
  blockersOverdue: 0,
  planRequests: 0,
  noticesOpen: 0,
  noticesOverdue: 0,
  kpis: {
    signedStarted: { listed: 0, met: 0 },
    startedProducing: { listed: 0, met: 0 },
    producingAtCapacity: { listed: 0, met: 0 },
  },
  ...over,
});
const row = (zoneId: number, over: Partial<ZoneCounts>): OverviewRow => ({
  zoneId,
  zoneName: `Z${zoneId}`,
  order: zoneId,
  figures: figuresOf(counts(over), '2024-07-01'),
});

describe('city overview figures', () => {
  it('computes the city’s rates and schedule from the summed counts, never by averaging rates', () => {
    const a = counts({
      annualPlan: 100,
      completed: 10,
      kpis: { ...counts().kpis, signedStarted: { listed: 1, met: 1 } },
    });
    const b = counts({
      annualPlan: 300,
      completed: 290,
      kpis: { ...counts().kpis, signedStarted: { listed: 3, met: 0 } },
    });
    const city = cityCounts([a, b]);
    expect(city.kpis.signedStarted).toEqual({ listed: 4, met: 1 });
    const f = figuresOf(city, '2024-07-01');
    expect(f.signedStarted).toBe(25); // 1 of 4, not the average of 100 % and 0 %
    expect(f.annualPlan).toBe(400);
    expect(f.completed).toBe(300);
    expect(f.startedProducing).toBeNull(); // nothing listed
  });

  it('has no 序时进度 without an annual plan', () => {
    expect(figuresOf(counts({ completed: 5 }), '2024-07-01').schedule).toBeNull();
  });

  it('ranks best first by each figure’s direction; zones without the figure last; ties in the city’s order', () => {
    const rows = [row(1, { red: 2, annualPlan: 10, completed: 5 }), row(2, { red: 0 }), row(3, { red: 2 })];
    expect(rankBy(rows, 'red').map((r) => r.zoneId)).toEqual([2, 1, 3]); // fewer red is better
    expect(rankBy(rows, 'red', true).map((r) => r.zoneId)).toEqual([1, 3, 2]);
    expect(rankBy(rows, 'schedule').map((r) => r.zoneId)).toEqual([1, 2, 3]); // 2 and 3 have no plan
    expect(rankBy(rows, 'schedule', true).map((r) => r.zoneId)).toEqual([1, 2, 3]);
  });

  it('puts the best and the worst on the 红黑榜, without zones lacking the figure, never one zone on both', () => {
    const rows = [1, 2, 3, 4, 5].map((id) => row(id, { projects: id }));
    const board = honourBoard(rows, 'projects');
    expect(board.best.map((r) => r.zoneId)).toEqual([5, 4]);
    expect(board.worst.map((r) => r.zoneId)).toEqual([1, 2]);
    expect(honourBoard(rows.slice(0, 1), 'projects')).toEqual({ best: [], worst: [] });
    const two = honourBoard(rows.slice(0, 2), 'projects');
    expect([...two.best, ...two.worst].map((r) => r.zoneId)).toEqual([2, 1]);
    expect(honourBoard([row(1, {})], 'schedule')).toEqual({ best: [], worst: [] });
  });

  it('lists each figure once', () => {
    const keys = CITY_FIGURES.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
