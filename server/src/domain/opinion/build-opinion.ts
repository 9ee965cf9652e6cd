import type { LegalBasis } from '@contract/calculators'
import type { OpinionBlock, OpinionDocument, OpinionSection } from '@contract/opinions'
import { AppError } from '../../lib/app-error'
import { formatAmountInCapitals } from '../money/capitals'
import { exact, sum } from '../calculators/exact'
import { analysisBlocks, conclusionBlocks } from './analysis-blocks'
import type { CalculatorContext } from '../calculators/context'
import { CALCULATORS, runCalculator } from '../calculators/registry'
import { DEFAULT_SETTLEMENT_LOW_RATIO, GENERATOR_VERSION, type OpinionInput } from './opinion-input'
import { PEOPLES_MEDIATION_LAW, PIPL, summaryOf } from './law-summaries'

/**
 * Builds the legal opinion (法律意见书) from a case's facts and the statutory calculators, with the sections of
 * legal-reference §6.5. Every amount is the calculator's own result; the document states whose statement each
 * fact is, every assumption (calculator warnings) and the limits of an automated opinion (PIPL 24).
 */
export function buildOpinion(input: OpinionInput, context: CalculatorContext = {}): OpinionDocument {
  checkRequiredFacts(input)
  const rejected: string[] = []
  const calculations = input.calculations.flatMap((request, index) => {
    let result
    try {
      result = runWithPath(request.kind, request.input, context, index)
    } catch (error) {
      if (!input.derivedCalculations || !(error instanceof AppError) || error.statusCode !== 400) throw error
      rejected.push(
        `${CALCULATORS[request.kind].label}：${error.message.replace(/^第 \d+ 项计算：/, '')}（请核实陈述）`,
      )
      return []
    }
    const ratio = request.responsibilityRatio ?? 1
    return [{ ...result, responsibilityRatio: ratio, payable: exact(result.total).mul(ratio).toYuan() }]
  })
  const withRejected: OpinionInput = { ...input, missingFacts: [...(input.missingFacts ?? []), ...rejected] }
  const claimed = input.claimedItems ?? []
  const lowRatio = input.settlementLowRatio ?? DEFAULT_SETTLEMENT_LOW_RATIO
  const total = sum([...calculations.map((c) => exact(c.payable)), ...claimed.map((c) => exact(c.amount))]).toYuan()
  // Certain debts (wages owed, loan principal) are not discounted in the suggested range.
  const low = sum([
    ...calculations.map((c) => exact(c.payable).mul(lowRatio)),
    ...claimed.map((c) => (c.settleInFull ? exact(c.amount) : exact(c.amount).mul(lowRatio))),
  ]).toYuan()
  const amount = (value: number) => ({ amount: value, inWords: formatAmountInCapitals(value) })
  const applicants = input.parties.filter((p) => p.role === 'applicant').map((p) => p.name)
  const respondents = input.parties.filter((p) => p.role === 'respondent').map((p) => p.name)

  const sections: OpinionSection[] = [
    section('addressee', '一、致送对象', [
      paragraph(`致：${input.addressee ?? `申请人${applicants.join('、')}`}`),
      paragraph(
        `案件：${input.caseNumber} ${input.caseTitle}（${input.disputeTypeLabel}）。当事人：申请人${applicants.join('、')}；被申请人${respondents.join('、')}。`,
      ),
    ]),
    section('materials', '二、依据的材料', [
      paragraph('本意见书仅依据以下材料出具，材料的真实性未经核实：'),
      list([
        '当事人在本平台填写的纠纷陈述与问答记录',
        ...input.evidence.map((e) => `${e.name}（${e.submittedBy}${e.stated ? '称持有，尚未提交' : '提交'}）`),
      ]),
    ]),
    section('facts', '三、对事实的理解', [
      paragraph('以下为当事人陈述的事实，标明陈述人；未经对方确认或证据印证的，不作为已查明的事实。'),
      ...input.facts.map((f): OpinionBlock => ({ type: 'fact', text: f.text, statedBy: f.statedBy })),
    ]),
    section('issues', '四、争议焦点', [
      list([
        ...input.claims.map((claim) => `申请人主张：${claim}，该主张是否有事实和法律依据`),
        ...[...calculations.map((c) => CALCULATORS[c.kind].label), ...claimed.map((c) => c.label)].map(
          (label) => `${respondents.join('、') || '被申请人'}应否支付${label}，数额如何计算`,
        ),
      ]),
    ]),
    section(
      'law',
      '五、适用的法律',
      lawBlocks([...calculations.flatMap((c) => c.items.flatMap((i) => i.basis)), ...claimed.flatMap((c) => c.basis)]),
    ),
    section('analysis', '六、分析与计算', analysisBlocks(withRejected, calculations, claimed, total)),
    section(
      'conclusion',
      '七、结论与调解建议',
      conclusionBlocks(withRejected, calculations.length + claimed.length > 0, { total, low, lowRatio }),
    ),
    section('limitations', '八、局限性说明', [
      list([
        '本意见书仅依据当事人提供的材料出具，材料不完整或不真实的，结论可能不同。',
        '本意见书不具有法律约束力，不能代替人民法院、仲裁机构的裁判，也不构成对任何一方的承诺。',
        '本意见书由系统依据法定公式自动生成，未经执业律师审核。您有权要求对计算结果作出说明，并有权拒绝仅由自动化方式作出的决定，随时可以申请由人民调解员人工处理（个人信息保护法第二十四条）。',
        '地区统计数据以受诉法院所在地上一统计年度为准，实际适用的年度与地区可能不同。',
      ]),
    ]),
    section('issuer', '九、出具信息', [
      paragraph(`出具：在线调解平台法律意见书生成器（${GENERATOR_VERSION}）`),
      paragraph(`日期：${chineseDate(input.generatedAt)}`),
    ]),
  ]

  return {
    title: '法律意见书',
    caseNumber: input.caseNumber,
    generatedAt: input.generatedAt,
    generatorVersion: GENERATOR_VERSION,
    sections,
    total: amount(total),
    settlementRange: { low: amount(low), high: amount(total) },
    calculations,
  }
}

function checkRequiredFacts(input: OpinionInput): void {
  const missing: { field: string; message: string }[] = []
  if (!input.parties.some((p) => p.role === 'applicant')) missing.push({ field: 'parties', message: '缺少申请人' })
  if (!input.parties.some((p) => p.role === 'respondent')) missing.push({ field: 'parties', message: '缺少被申请人' })
  if (input.facts.length === 0) missing.push({ field: 'facts', message: '缺少事实陈述' })
  if (missing.length > 0) {
    throw new AppError(
      422,
      'OPINION_FACTS_MISSING',
      `生成法律意见书所需的事实不完整：${missing.map((m) => m.message).join('、')}`,
      missing,
    )
  }
}

/** Runs one calculator; an input error names the field with its place in the request. */
function runWithPath(kind: string, body: unknown, context: CalculatorContext, index: number) {
  try {
    return runCalculator(kind, body, context)
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    const details = (error.details ?? []).map((d) => ({ ...d, field: `calculations[${index}].input.${d.field ?? ''}` }))
    throw new AppError(error.statusCode, error.code, `第 ${index + 1} 项计算：${error.message}`, details)
  }
}

function lawBlocks(bases: (LegalBasis & { summary?: string })[]): OpinionBlock[] {
  const all = [
    ...bases,
    { law: PEOPLES_MEDIATION_LAW, article: '第三十一条' },
    { law: PEOPLES_MEDIATION_LAW, article: '第三十三条' },
    { law: PIPL, article: '第二十四条' },
  ]
  const seen = new Set<string>()
  return all
    .filter((b) => {
      const key = `${b.law}|${b.article}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .map((b) => ({
      type: 'law',
      law: b.law,
      article: b.article,
      summary: summaryOf(b.law, b.article) || ('summary' in b ? (b.summary ?? '') : ''),
    }))
}

function chineseDate(iso: string): string {
  // Dates in the document are Beijing time, whatever the server's zone.
  const beijing = new Date(new Date(iso).getTime() + 8 * 3_600_000)
  return `${beijing.getUTCFullYear()}年${beijing.getUTCMonth() + 1}月${beijing.getUTCDate()}日`
}

const section = (key: OpinionSection['key'], heading: string, blocks: OpinionBlock[]): OpinionSection => ({
  key,
  heading,
  blocks,
})
const paragraph = (text: string): OpinionBlock => ({ type: 'paragraph', text })
const list = (items: string[]): OpinionBlock => ({ type: 'list', items })
