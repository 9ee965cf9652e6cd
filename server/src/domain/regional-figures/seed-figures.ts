import type { RegionalFigure } from './regional-figure'

const NBS_2023 = '国家统计局《2023年居民收入和消费支出情况》（2024-01-17 发布；经新闻转载原文核对）'
const NBS_2024 = '国家统计局《2024年居民收入和消费支出情况》（2025-01 发布；经新闻转载原文核对）'
const UNCHECKED = '未能联网核对原始公报，数值凭已发布统计公报的记录录入，使用前请与官方公报核对'

/**
 * Seed for the regional-figures table. Only figures the author is confident of; `verified` is true only where
 * the number was checked against a copy of the publishing office's release. Administrators correct and add
 * figures through the admin endpoints; the seed never overwrites an edited row.
 */
export const SEED_FIGURES: RegionalFigure[] = [
  // National: used for the work-injury death subsidy (工伤保险条例 39) and as a reference point.
  national(2023, 'urbanDisposableIncome', 51821, NBS_2023, true),
  national(2023, 'urbanConsumption', 32994, `${NBS_2023}；城镇居民人均消费支出一项${UNCHECKED}`, false),
  national(2024, 'urbanDisposableIncome', 54188, NBS_2024, true),
  national(2024, 'urbanConsumption', 34557, NBS_2024, true),
  national(2022, 'urbanDisposableIncome', 49283, `国家统计局《2022年居民收入和消费支出情况》；${UNCHECKED}`, false),
  national(
    2022,
    'averageAnnualWage',
    114029,
    `国家统计局 2022 年城镇非私营单位就业人员年平均工资；${UNCHECKED}`,
    false,
  ),
  national(
    2023,
    'averageAnnualWage',
    120698,
    `国家统计局 2023 年城镇非私营单位就业人员年平均工资；${UNCHECKED}`,
    false,
  ),

  // Chongqing (the pilot region).
  region(
    '500000',
    '重庆市',
    2022,
    'urbanDisposableIncome',
    45509,
    `重庆市统计局《2022年重庆市国民经济和社会发展统计公报》；${UNCHECKED}`,
  ),
  region(
    '500000',
    '重庆市',
    2023,
    'urbanDisposableIncome',
    47435,
    `重庆市统计局《2023年重庆市国民经济和社会发展统计公报》；${UNCHECKED}`,
  ),
  region(
    '500000',
    '重庆市',
    2023,
    'minimumMonthlyWage',
    2100,
    `重庆市人民政府 2022-04-01 起执行的第一档月最低工资标准；${UNCHECKED}`,
  ),

  // A few provinces (urban per-capita disposable income, 2023).
  region(
    '110000',
    '北京市',
    2023,
    'urbanDisposableIncome',
    88650,
    `北京市统计局《2023年北京市国民经济和社会发展统计公报》；${UNCHECKED}`,
  ),
  region(
    '310000',
    '上海市',
    2023,
    'urbanDisposableIncome',
    89477,
    `上海市统计局《2023年上海市国民经济和社会发展统计公报》；${UNCHECKED}`,
  ),
  region(
    '330000',
    '浙江省',
    2023,
    'urbanDisposableIncome',
    74997,
    `浙江省统计局《2023年浙江省国民经济和社会发展统计公报》；${UNCHECKED}`,
  ),
  region(
    '440000',
    '广东省',
    2023,
    'urbanDisposableIncome',
    59307,
    `广东省统计局《2023年广东省国民经济和社会发展统计公报》；${UNCHECKED}`,
  ),
  region(
    '510000',
    '四川省',
    2023,
    'urbanDisposableIncome',
    45227,
    `四川省统计局《2023年四川省国民经济和社会发展统计公报》；${UNCHECKED}`,
  ),
]

function national(
  year: number,
  kind: RegionalFigure['kind'],
  value: number,
  source: string,
  verified: boolean,
): RegionalFigure {
  return { regionCode: '000000', regionName: '全国', year, kind, value, source, verified }
}

function region(
  regionCode: string,
  regionName: string,
  year: number,
  kind: RegionalFigure['kind'],
  value: number,
  source: string,
): RegionalFigure {
  return { regionCode, regionName, year, kind, value, source, verified: false }
}
