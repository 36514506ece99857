import { addDays, type IsoDate } from '@/lib/domain/dates';
import { reportWeekContaining } from '@/lib/domain/report-weeks';
import type { DemoProjectIn as DemoProject } from './demo-projects';

// Weekly reports (周调度) for the demo: the three weeks before "as of" are filed for every project; in the week
// of "as of" every third project has not filed yet, and one repeats last week's text word for word, so the
// supervisor's lists have something to show. Invented text in the report's manner.

const WEEKS_BACK = 3;

function focus(p: DemoProject): string {
  const open = p.milestones.find(([, , state]) => state === undefined || state === 'wip');
  return open?.[0] ?? '项目';
}

function text(p: DemoProject, weeksAgo: number): { progress: string; nextPlan: string } {
  const m = focus(p);
  const lines: [string, string][] = [
    [`${m}各项工作有序推进；${p.summary}`, `继续推进${m}，协调解决企业诉求。`],
    [`${m}按计划推进，现场协调会解决施工用电、用水问题。`, `${m}加快推进，做好要素保障。`],
    [`包联干部深入现场，${m}前期准备完成。`, `推动${m}，跟进审批手续。`],
    [`完成${m}现场踏勘，对接企业落实一企一策。`, `${m}全面推进。`],
  ];
  const [progress, nextPlan] = lines[weeksAgo % lines.length] ?? lines[0] ?? ['', ''];
  return { progress, nextPlan };
}

function weeklyInvestment(p: DemoProject, weeksAgo: number): number {
  if (p.kind === 'pipeline' || p.annual === 0) return 0;
  return Math.round(p.annual / 52 / 10) * 10 + weeksAgo * 10; // whole 万元, a little different each week
}

export interface DemoReport {
  weekStart: IsoDate;
  progress: string;
  nextPlan: string;
  investment: number;
}

export function demoReports(p: DemoProject, index: number, asOf: IsoDate): DemoReport[] {
  const current = reportWeekContaining(asOf).start;
  const reports: DemoReport[] = [];
  for (let weeksAgo = WEEKS_BACK; weeksAgo >= 1; weeksAgo--) {
    reports.push({
      weekStart: addDays(current, -7 * weeksAgo),
      ...text(p, weeksAgo),
      investment: weeklyInvestment(p, weeksAgo),
    });
  }
  if (index % 3 !== 2) {
    const repeat = index === 4; // 与上周雷同
    const last = reports.at(-1);
    reports.push({
      weekStart: current,
      ...(repeat && last ? { progress: last.progress, nextPlan: last.nextPlan } : text(p, 0)),
      investment: weeklyInvestment(p, 0),
    });
  }
  return reports;
}
