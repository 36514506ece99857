import type { UserRole } from '@/lib/domain/vocabulary';

// Invented people: the report names none. Surnames with 某 keep them visibly fictional.

export interface DemoUser {
  username: string;
  name: string;
  title: string;
  role: UserRole;
  /** Zone code; null for city level. */
  zone: string | null;
  disabled?: boolean;
}

/** Every demo account signs in with this password (README). Never used outside the demo seed. */
export const DEMO_PASSWORD = 'demo2024';

const SD = 'shangdang';

export const demoUsers: DemoUser[] = [
  { username: 'admin', name: '系统管理员', title: '管委会办公室', role: 'admin', zone: SD },
  { username: 'duban', name: '督办员 郑某', title: '管委会督查室主任', role: 'supervisor', zone: SD },
  {
    username: 'shangwu',
    name: '市商务局 钱某',
    title: '市商务局开发区科科长',
    role: 'supervisor',
    zone: null,
  },
  // The bureau's own admin: city accounts, and the quarterly indicator set (指标定义).
  { username: 'shiguan', name: '市商务局 管理员', title: '市商务局办公室', role: 'admin', zone: null },
  {
    username: 'gaoxin',
    name: '高新区 冯某',
    title: '高新区管委会督查室主任',
    role: 'supervisor',
    zone: 'gaoxin',
  },
  { username: 'chakan', name: '查阅员 韩某', title: '管委会综合办', role: 'viewer', zone: SD },
  // 处级领导 (包联推进)
  { username: 'zhang', name: '张某', title: '管委会主任', role: 'official', zone: SD },
  { username: 'wang', name: '王某', title: '管委会副主任', role: 'official', zone: SD },
  { username: 'li', name: '李某', title: '管委会副主任', role: 'official', zone: SD },
  { username: 'zhao', name: '赵某', title: '管委会副主任', role: 'official', zone: SD },
  // 科级干部 (专职推进)
  { username: 'liu', name: '刘某', title: '投资促进科科长', role: 'official', zone: SD },
  { username: 'chen', name: '陈某', title: '项目建设科科长', role: 'official', zone: SD },
  { username: 'yang', name: '杨某', title: '企业服务科科长', role: 'official', zone: SD },
  { username: 'huang', name: '黄某', title: '经济发展科科长', role: 'official', zone: SD },
  { username: 'zhou', name: '周某', title: '规划建设科副科长', role: 'official', zone: SD },
  { username: 'wu', name: '吴某', title: '行政审批局副局长', role: 'official', zone: SD },
  // 普通干部 (常驻联络)
  { username: 'xu', name: '徐某', title: '项目建设科科员', role: 'official', zone: SD },
  { username: 'sun', name: '孙某', title: '投资促进科科员', role: 'official', zone: SD },
  { username: 'ma', name: '马某', title: '企业服务科科员', role: 'official', zone: SD },
  { username: 'zhu', name: '朱某', title: '经济发展科科员', role: 'official', zone: SD },
  { username: 'hu', name: '胡某', title: '规划建设科科员', role: 'official', zone: SD },
  { username: 'guo', name: '郭某', title: '行政审批局科员', role: 'official', zone: SD },
  { username: 'he', name: '何某', title: '项目建设科科员', role: 'official', zone: SD },
  { username: 'lin', name: '林某', title: '企业服务科科员', role: 'official', zone: SD },
  { username: 'gao', name: '高某', title: '投资促进科科员', role: 'official', zone: SD },
  {
    username: 'disabled',
    name: '罗某',
    title: '原项目建设科科员',
    role: 'official',
    zone: SD,
    disabled: true,
  },
];

export const demoZones = [
  { code: SD, name: '上党经济技术开发区', supervisionPrefix: '上党督' },
  { code: 'gaoxin', name: '长治高新技术产业开发区' },
  // The rest of the city's ten industrial zones. The report names 长治高新区, 上党, 沁源, 长子, 屯留 and 武乡示范区;
  // 潞城 is from public sources; the last three are placeholders until the bureau confirms their names.
  { code: 'lucheng', name: '潞城经济技术开发区' },
  { code: 'tunliu', name: '屯留经济技术开发区' },
  { code: 'zhangzi', name: '长子经济技术开发区' },
  { code: 'qinyuan', name: '沁源经济技术开发区' },
  { code: 'wuxiang', name: '武乡示范区' },
  { code: 'zone8', name: '开发区八（名称待核）' },
  { code: 'zone9', name: '开发区九（名称待核）' },
  { code: 'zone10', name: '开发区十（名称待核）' },
];

/** The six 园中园 of 上党经开区, in the report's order. */
export const demoParks = [
  '光伏产业园',
  '新能源装备产业园',
  '智能制造产业园',
  '数字信创产业园',
  '现代医药健康产业园',
  '智慧物流产业园',
] as const;
export type DemoPark = (typeof demoParks)[number];
