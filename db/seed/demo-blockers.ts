import type { BlockerCategory, BlockerLevel, BlockerStatus, BlockerUrgency } from '@/lib/domain/vocabulary';

// Blockers (困难和问题) for the demo, in the report's bottlenecks: 用地, 用能, 环境容量, 融资, plus approvals and
// utilities. Invented, placed on projects where the report's words make them plausible. Dates are days from
// the report's day (negative: before it), moved with everything else by the seed.

export interface DemoBlocker {
  project: string;
  title: string;
  description: string;
  category: BlockerCategory;
  urgency: BlockerUrgency;
  status: BlockerStatus;
  level?: BlockerLevel;
  raisedDaysAgo: number;
  neededByDays?: number;
  /** 责任单位 and deadline (days from the report's day), once assigned */
  unit?: string;
  deadlineDays?: number;
  resolution?: string;
}

export const demoBlockers: DemoBlocker[] = [
  {
    project: '上海欧朗德年产2GWh新型储能装备制造产业化项目',
    title: '厂房用地规划调整未批复',
    description: '储能装备厂房用地需调整控制性详细规划，影响4月开工。',
    category: 'land',
    urgency: 'urgent',
    status: 'assigned',
    raisedDaysAgo: 20,
    neededByDays: -5,
    unit: '市自然资源局上党分局',
    deadlineDays: -3,
  },
  {
    project: '日盛达光伏玻璃生产线（二期）',
    title: '窑炉点火用能指标待落实',
    description: '二期窑炉点火需新增能耗指标，需省市协调。',
    category: 'energy',
    urgency: 'urgent',
    status: 'assigned',
    level: 'city',
    raisedDaysAgo: 12,
    neededByDays: 10,
    unit: '市发展和改革委员会',
    deadlineDays: 9,
  },
  {
    project: '振东10亿袋颗粒剂建设项目',
    title: '排污许可证变更',
    description: '生产线投产前需完成排污许可证变更。',
    category: 'environment',
    urgency: 'normal',
    status: 'resolved',
    raisedDaysAgo: 30,
    unit: '市生态环境局上党分局',
    deadlineDays: -2,
    resolution: '排污许可证已变更完成。',
  },
  {
    project: '润珠食品预制菜项目',
    title: '设备购置资金缺口',
    description: '企业申请固定资产贷款，需政银企对接。',
    category: 'financing',
    urgency: 'normal',
    status: 'open',
    raisedDaysAgo: 3,
    neededByDays: 45,
  },
  {
    project: '宜导药业中药配方颗粒提取项目',
    title: '施工许可证办理',
    description: '图审完成，施工许可证待办。',
    category: 'approvals',
    urgency: 'normal',
    status: 'closed',
    raisedDaysAgo: 40,
    unit: '经开区行政审批局',
    deadlineDays: -25,
    resolution: '施工许可证已核发。',
  },
  {
    project: '神草中药材交易平台',
    title: '南侧道路未贯通',
    description: '三期南侧规划道路未贯通，影响竣工验收。',
    category: 'utilities',
    urgency: 'normal',
    status: 'open',
    raisedDaysAgo: 8,
    neededByDays: 60,
  },
];
