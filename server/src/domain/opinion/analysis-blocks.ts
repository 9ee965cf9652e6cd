import type { CalculationResult } from '@contract/calculators'
import type { OpinionBlock } from '@contract/opinions'
import { formatAmountInCapitals } from '../money/capitals'
import { exact, sum } from '../calculators/exact'
import { percent, yuan } from '../calculators/format'
import type { ClaimedItem, OpinionInput } from './opinion-input'

export type PayableCalculation = CalculationResult & { responsibilityRatio: number; payable: number }

const paragraph = (text: string): OpinionBlock => ({ type: 'paragraph', text })
const list = (items: string[]): OpinionBlock => ({ type: 'list', items })

/** 分析与计算: the table (when any amount is established), then the facts used, assumptions and missing facts. */
export function analysisBlocks(
  input: OpinionInput,
  calculations: PayableCalculation[],
  claimed: ClaimedItem[],
  total: number,
): OpinionBlock[] {
  const blocks: OpinionBlock[] = []
  if (calculations.length + claimed.length > 0) {
    blocks.push(
      paragraph('按照下列法定计算方式，根据当事人提供的数据计算如下（金额单位：元，计算结果四舍五入至分）：'),
      {
        type: 'table',
        columns: ['项目', '计算方式', '金额', '责任比例', '应承担金额'],
        rows: [
          ...calculations.flatMap((c) =>
            c.items.map((item) => [
              item.label,
              item.formula,
              yuan(item.amount),
              percent(c.responsibilityRatio),
              yuan(exact(item.amount).mul(c.responsibilityRatio)),
            ]),
          ),
          ...claimed.map((c) => [c.label, `${c.formula}（申请人主张）`, yuan(c.amount), '—', yuan(c.amount)]),
          [
            '合计',
            '',
            yuan(sum([...calculations.map((c) => exact(c.total)), ...claimed.map((c) => exact(c.amount))])),
            '',
            yuan(total),
          ],
        ],
      },
    )
  } else {
    blocks.push(paragraph('根据现有材料尚不能确定任何具体金额，本意见书不列计算表；请先澄清下列事实，再据以计算。'))
  }
  const titled = (title: string, items: string[]) => (items.length ? [paragraph(title), list([...new Set(items)])] : [])
  blocks.push(
    ...titled('计算所依据的事实（均为申请人陈述，尚待证据印证）：', input.usedFacts ?? []),
    ...titled('计算所依据的假设与提示：', [...(input.assumptions ?? []), ...calculations.flatMap((c) => c.warnings)]),
    ...titled('尚待查明或补充的事实：', input.missingFacts ?? []),
  )
  return blocks
}

/** 结论与调解建议: the amount and the suggested range, or plainly what must be clarified first. */
export function conclusionBlocks(
  input: OpinionInput,
  hasAmounts: boolean,
  amounts: { total: number; low: number; lowRatio: number },
): OpinionBlock[] {
  const { total, low, lowRatio } = amounts
  const confirmation = paragraph(
    '双方达成调解协议后，协议具有法律约束力；双方可自协议生效之日起三十日内共同向人民法院申请司法确认，经确认后一方不履行的，对方可申请强制执行（人民调解法第三十一条、第三十三条）。',
  )
  if (!hasAmounts) {
    const missing = input.missingFacts ?? []
    return [
      paragraph(
        `依据现有材料尚不能确定申请人可主张的金额。${missing.length ? `请补充：${missing.join('；')}。` : '请补充能够确定金额的事实和证据。'}补充后可重新生成本意见书。`,
      ),
      confirmation,
    ]
  }
  return [
    paragraph(
      `依据上述材料和法定标准，申请人可主张的金额合计为 ${yuan(total)} 元（${formatAmountInCapitals(total)}）。`,
    ),
    paragraph(
      `建议调解区间：${yuan(low)} 元（${formatAmountInCapitals(low)}）至 ${yuan(total)} 元（${formatAmountInCapitals(total)}）。` +
        `上限为依法可主张的全部金额；下限按合计金额的 ${percent(lowRatio)} 计（拖欠的劳动报酬、借款本金等确定债务按全额计），考虑了事实尚待证据印证、诉讼或仲裁所需的时间与费用，以及及时履行的利益。` +
        '拖欠的劳动报酬等确定债务，不宜在调解中打折。',
    ),
    confirmation,
  ]
}
