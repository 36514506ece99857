import type { CampaignBatch } from '@/lib/domain/kpi';
import * as s from '../schema';
import type { Tx } from '../types';

// Three "三个一批" rounds before the report's day (2024-04-15), listing the demo projects in the batch each had
// reached by then (签约 / 开工 / 投产 dates in demo-projects.ts). The report counts 5 rounds since 2023 with
// 90.7% / 35% / 100%; these three give what the demo's stages allow: some signed projects have started, few
// started ones are in production, and one of the two in production is at capacity.

interface DemoRound {
  heldOn: string;
  batches: Partial<Record<CampaignBatch, readonly string[]>>;
}

/** One project of another zone listed in a batch of the round held on `heldOn`. */
export interface DemoRoundEntry {
  heldOn: string;
  batch: CampaignBatch;
  project: string;
}

export const demoRounds: readonly DemoRound[] = [
  {
    heldOn: '2023-06-28',
    batches: {
      signed: ['深圳垦鑫达智能终端制造项目'],
      started: ['快手选品"智慧云仓"项目', '光伏产业园项目（孵化楼及10万平米标准化厂房）', '供销瓜果市场'],
    },
  },
  {
    heldOn: '2023-12-29',
    batches: {
      signed: [
        '宜导药业中药配方颗粒提取项目',
        '山西安合煤矿液压支架油缸生产项目',
        '江苏国科中迈智能矿山设备单轨吊生产项目',
        '润珠食品预制菜项目',
      ],
      started: [
        '日盛达15GW光伏电池高透封装材料项目',
        '东莞合鲸光电商业显示屏制造项目',
        '深圳垦鑫达智能终端制造项目',
      ],
      in_production: ['快手选品"智慧云仓"项目', '山西全舜新能源塑料、冲焊项目'],
    },
  },
  {
    heldOn: '2024-03-29',
    batches: {
      signed: [
        '"太行山"智慧云商公共服务平台项目',
        '上海欧朗德年产2GWh新型储能装备制造产业化项目',
        '山西益立安煤矿智能掘进设备生产项目',
        '浙江锌芯纳米新材料及高端智能装备项目',
        '振东养生酒及保健功能食品新剂型项目',
        '浙大叶志镇院士团队新材料项目',
      ],
      started: [
        '润珠食品预制菜项目',
        '宜导药业中药配方颗粒提取项目',
        '江苏国科中迈智能矿山设备单轨吊生产项目',
      ],
    },
  },
];

/** Writes the demo rounds and their entries, dated by the seed's `shift`. */
const ORDINALS = ['', '一', '二', '三', '四', '五', '六'];

export async function seedRounds(
  tx: Tx,
  ctx: {
    projectIdByName: Map<string, number>;
    supervisorId: number;
    shift: (date: string) => string;
    /** Entries of other zones' projects in the same city-wide rounds (demo-other-zones.ts). */
    extra?: readonly DemoRoundEntry[];
  },
) {
  // Named by their place in the year they fall in once moved, so the names read in order (第一次, 第二次 …).
  const perYear = new Map<string, number>();
  for (const r of demoRounds) {
    const heldOn = ctx.shift(r.heldOn);
    const year = heldOn.slice(0, 4);
    const ordinal = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, ordinal);
    const [round] = await tx
      .insert(s.campaignRounds)
      .values({
        name: `${year}年第${ORDINALS[ordinal] ?? ordinal}次三个一批`,
        heldOn,
        createdBy: ctx.supervisorId,
      })
      .returning({ id: s.campaignRounds.id });
    if (!round) throw new Error('insert returned nothing');
    const names = Object.entries(r.batches).flatMap(([batch, list]) => list.map((name) => ({ batch, name })));
    for (const e of ctx.extra ?? [])
      if (e.heldOn === r.heldOn) names.push({ batch: e.batch, name: e.project });
    const entries = names.map(({ batch, name }) => {
      const projectId = ctx.projectIdByName.get(name);
      if (projectId === undefined) throw new Error(`demo round lists unknown project ${name}`);
      return { roundId: round.id, projectId, batch: batch as CampaignBatch };
    });
    await tx.insert(s.campaignEntries).values(entries);
  }
}
