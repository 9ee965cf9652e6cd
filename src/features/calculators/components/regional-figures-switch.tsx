import type { RegionalFigureView } from '@contract/calculators'
import { Radio, Switch } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import type { FieldErrors, RegionalChoice } from '../form-values'

interface RegionalFiguresSwitchProps {
  figures: RegionalFigureView[] | null
  loadError: string | null
  choice: RegionalChoice
  errors: FieldErrors
  onChange: (choice: RegionalChoice) => void
}

interface RegionOption {
  code: string
  name: string
  years: number[]
}

function regionOptions(figures: RegionalFigureView[]): RegionOption[] {
  const byCode = new Map<string, RegionOption>()
  for (const figure of figures) {
    const option = byCode.get(figure.regionCode) ?? { code: figure.regionCode, name: figure.regionName, years: [] }
    if (!option.years.includes(figure.year)) option.years.push(figure.year)
    byCode.set(figure.regionCode, option)
  }
  return [...byCode.values()].map((option) => ({ ...option, years: option.years.sort((a, b) => b - a) }))
}

/**
 * "Use regional figures": instead of typing the statistic (e.g. 城镇居民人均可支配收入), pick a region and a
 * statistical year; the server takes the figure from its table and reports the source in the result.
 */
export function RegionalFiguresSwitch({ figures, loadError, choice, errors, onChange }: RegionalFiguresSwitchProps) {
  const regions = figures ? regionOptions(figures) : []
  const years = regions.find((region) => region.code === choice.region)?.years ?? []
  const unverified = figures?.some((f) => f.regionCode === choice.region && !f.verified) ?? false

  return (
    <View className="tj-calc-regional">
      <View className="tj-calc-regional__head">
        <View className="tj-calc-stack-tight">
          <Text className="tj-calc-field__label">使用地区统计数据</Text>
          <Text className="tj-muted">不知道当地平均工资、人均可支配收入时，可选地区和年度，由系统自动取值。</Text>
        </View>
        <Switch checked={choice.enabled} onChange={(enabled) => onChange({ ...choice, enabled })} />
      </View>
      {choice.enabled && loadError ? <Text className="tj-error">{loadError}</Text> : null}
      {choice.enabled && figures ? (
        <View className="tj-stack">
          <View className="tj-calc-field" data-field="region">
            <Text className="tj-calc-field__label">地区</Text>
            <Radio.Group
              value={choice.region}
              direction="horizontal"
              onChange={(region) => {
                const next = regions.find((option) => option.code === String(region))
                onChange({ ...choice, region: String(region), year: next ? String(next.years[0]) : '' })
              }}
            >
              {regions.map((region) => (
                <Radio key={region.code} value={region.code} shape="button">
                  {region.name}
                </Radio>
              ))}
            </Radio.Group>
            {errors.region ? <Text className="tj-error">{errors.region}</Text> : null}
          </View>
          {years.length > 0 ? (
            <View className="tj-calc-field" data-field="year">
              <Text className="tj-calc-field__label">统计年度</Text>
              <Radio.Group
                value={choice.year}
                direction="horizontal"
                onChange={(year) => onChange({ ...choice, year: String(year) })}
              >
                {years.map((year) => (
                  <Radio key={year} value={String(year)} shape="button">
                    {year} 年
                  </Radio>
                ))}
              </Radio.Group>
              {errors.year ? <Text className="tj-error">{errors.year}</Text> : null}
            </View>
          ) : null}
          {unverified ? (
            <Text className="tj-muted">
              提示：该地区部分数据尚未与官方统计公报核对，结果中会注明数据来源，请核实后使用。
            </Text>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}
