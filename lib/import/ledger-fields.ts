// The columns of a zone's 项目台账 the import understands, and the header words each is known by. Headers are
// compared after `headerKey` (no spaces, no bracketed unit, full-width brackets folded), so "总投资（亿元）"
// and "总投资(万元)" are both 总投资, each with its own unit.

export type LedgerFieldKind = 'text' | 'money' | 'date' | 'kind' | 'stage' | 'person';

export interface LedgerField {
  key: LedgerFieldKey;
  kind: LedgerFieldKind;
  /** Header words, already in `headerKey` form. The first is the one the template uses. */
  names: readonly string[];
  /** Longest text kept; longer is a problem, not a silent cut. */
  max?: number;
}

export const LEDGER_FIELD_KEYS = [
  'code',
  'name',
  'enterprise',
  'park',
  'kind',
  'total',
  'annual',
  'completed',
  'plannedStart',
  'plannedFinish',
  'stage',
  'leader',
  'cadre',
  'liaison',
  'contactPerson',
  'contactPhone',
  'summary',
] as const;
export type LedgerFieldKey = (typeof LEDGER_FIELD_KEYS)[number];

/** The money columns, each with its own unit. */
export const MONEY_KEYS = ['total', 'annual', 'completed'] as const satisfies readonly LedgerFieldKey[];
export type MoneyKey = (typeof MONEY_KEYS)[number];

export const LEDGER_FIELDS: readonly LedgerField[] = [
  { key: 'code', kind: 'text', names: ['项目编号', '项目编码', '编号', '项目代码'], max: 40 },
  { key: 'name', kind: 'text', names: ['项目名称', '项目'], max: 80 },
  {
    key: 'enterprise',
    kind: 'text',
    names: ['建设单位', '企业', '企业名称', '建设单位/企业', '项目单位', '投资主体'],
    max: 80,
  },
  { key: 'park', kind: 'text', names: ['园区', '所在园区', '园中园', '建设地点'], max: 80 },
  { key: 'kind', kind: 'kind', names: ['建设性质', '类别', '项目类别', '建设性质/类别', '项目性质'] },
  { key: 'total', kind: 'money', names: ['总投资', '计划总投资', '项目总投资'] },
  { key: 'annual', kind: 'money', names: ['年度计划投资', '年度计划', '本年计划投资', '年计划投资'] },
  {
    key: 'completed',
    kind: 'money',
    // This year's: 累计完成投资 alone is since the project began, a different figure.
    names: [
      '已完成投资',
      '年度累计完成投资',
      '本年累计完成投资',
      '本年完成投资',
      '年度已完成投资',
      '本年已完成投资',
    ],
  },
  { key: 'plannedStart', kind: 'date', names: ['计划开工', '计划开工时间', '计划开工日期', '开工时间'] },
  { key: 'plannedFinish', kind: 'date', names: ['计划竣工', '计划竣工时间', '计划竣工日期', '竣工时间'] },
  { key: 'stage', kind: 'stage', names: ['项目阶段', '阶段', '当前阶段', '项目进度阶段'] },
  { key: 'leader', kind: 'person', names: ['包联领导', '处级领导', '包联推进'] },
  { key: 'cadre', kind: 'person', names: ['专职推进', '专职推进干部', '科级干部'] },
  { key: 'liaison', kind: 'person', names: ['常驻联络', '常驻联络员', '普通干部', '联络员'] },
  { key: 'contactPerson', kind: 'text', names: ['联系人', '企业联系人', '项目联系人'], max: 40 },
  { key: 'contactPhone', kind: 'text', names: ['电话', '联系电话', '联系方式', '联系人电话'], max: 30 },
  { key: 'summary', kind: 'text', names: ['备注', '建设内容', '项目简介', '建设内容及规模'], max: 500 },
];

export const FIELD_BY_KEY = Object.fromEntries(LEDGER_FIELDS.map((f) => [f.key, f])) as Record<
  LedgerFieldKey,
  LedgerField
>;

/** What a header is compared by: no whitespace, no bracketed part, full-width brackets and slashes folded. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\([^)]*\)/g, '')
    .replace(/[：:*]/g, '');
}

/** The power of ten that turns the unit a money header or cell names into 万元; null when it names none. */
export function unitOf(text: string): number | null {
  const t = text.normalize('NFKC');
  if (/亿/.test(t)) return 4;
  if (/万/.test(t)) return 0;
  if (/元/.test(t)) return -4;
  return null;
}

/** The field a header names, or null. */
export function fieldOfHeader(header: string): LedgerFieldKey | null {
  const key = headerKey(header);
  if (!key) return null;
  return LEDGER_FIELDS.find((f) => f.names.includes(key))?.key ?? null;
}
