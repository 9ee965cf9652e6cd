import type { SlotChoice, SlotCondition, SlotDefinition } from './types'

/**
 * Questions whose answers feed the personal-injury calculators (人身损害赔偿解释 7–12, 15; 工伤保险条例 35):
 * shared by traffic accidents, personal injury and medical disputes. Each head is asked only when the answer
 * before it says it applies (missed work → how long and what income; hospitalised → how many days …).
 */

/** A yes/no gate in the words of the question (耽误了 / 没耽误); `no` also catches 没人照顾, 不需要. */
function gate(yes: SlotChoice, no: SlotChoice): readonly SlotChoice[] {
  return [yes, no, { value: 'unknown', label: '不清楚', synonyms: /不清楚|不知道|不确定|记不清/ }]
}

/** 误工费 (PI-Interp 7): days off work × income. */
export function lostIncomeSlots(askIf: SlotCondition): SlotDefinition[] {
  return [
    {
      key: 'missed_work',
      kind: 'choice',
      label: '是否误工',
      required: false,
      askIf,
      question: '出事以后，有没有耽误上班、干活或做生意？',
      choices: gate(
        { value: 'yes', label: '耽误了', synonyms: /耽误|误工|没上班|没法上班|没干活|请假|休息|^是|^有/ },
        { value: 'no', label: '没耽误', synonyms: /没(?:有)?耽误|不耽误|没影响|不影响|退休|没(?:有)?工作|^否|^没有?$/ },
      ),
      fill: {
        choicePatterns: [[/误工|耽误.{0,4}(?:上班|工作|干活|生意)|(?:没法|不能|没能|无法)(?:上班|干活|工作)/, 'yes']],
      },
      aliases: /误工|耽误/,
    },
    {
      key: 'lost_work_days',
      kind: 'duration',
      label: '误工时间',
      required: false,
      askIf: { slot: 'missed_work', equals: 'yes' },
      question: '耽误了多长时间没能干活？按医生开的休息时间，或实际没上班的时间算。',
      hint: '如“45天”“3个月”',
      fill: { durationLabels: ['lost_work_period'] },
      aliases: /误工|休息|没上班/,
    },
    {
      key: 'monthly_income',
      kind: 'money',
      label: '月收入',
      required: false,
      askIf: { slot: 'missed_work', equals: 'yes' },
      question: '出事前您平均每个月能挣多少钱？没有固定工资的，说个大概数就行。',
      hint: '用于计算误工费，以工资流水或收入证明为准',
      fill: { amountLabels: ['monthly_wage', 'daily_wage', 'annual_salary'] },
      aliases: /收入|工资|挣/,
    },
  ]
}

/** A yes/no question: did the injured person stay in hospital (gates the number of days). */
export function hospitalisedSlot(question: string, askIf: SlotCondition): SlotDefinition {
  return {
    key: 'hospitalised',
    kind: 'choice',
    label: '是否住院',
    required: false,
    askIf,
    question,
    choices: gate(
      { value: 'yes', label: '住院了', synonyms: /住院|住了|^是|^有/ },
      { value: 'no', label: '没住院', synonyms: /没(?:有)?住院|门诊|^否|^没有?$/ },
    ),
    fill: { choicePatterns: [[/(?<![没未不]|没有)住院|住了.{0,4}(?:天|个月)院/, 'yes']] },
  }
}

/** 住院伙食补助费 (PI-Interp 10): days in hospital × the local allowance. */
export function hospitalDaysSlot(askIf: SlotCondition, question = '一共住了多少天院？'): SlotDefinition {
  return {
    key: 'hospital_days',
    kind: 'duration',
    label: '住院天数',
    required: false,
    askIf,
    question,
    hint: '看出院记录上的住院天数，如“20天”',
    fill: { durationLabels: ['hospital_stay'] },
    aliases: /住院/,
  }
}

/** 护理费 (PI-Interp 8): days of care × the carer's daily rate, one carer unless the doctor says more. */
export function nursingSlots(askIf: SlotCondition): SlotDefinition[] {
  return [
    {
      key: 'needed_nursing',
      kind: 'choice',
      label: '是否有人护理',
      required: false,
      askIf,
      question: '治疗、养伤期间有没有人照顾（护理）？家里人照顾、请护工都算。',
      choices: gate(
        { value: 'yes', label: '有人照顾', synonyms: /照顾|护理|护工|陪护|陪床|^是|^有/ },
        { value: 'no', label: '没有', synonyms: /没(?:有)?人(?:照顾|护理|陪)|不需要|自己|^否|^没有?$|^无/ },
      ),
      fill: { choicePatterns: [[/护工|陪护|护理|陪床/, 'yes']] },
      aliases: /护理|照顾|护工/,
    },
    {
      key: 'nursing_days',
      kind: 'duration',
      label: '护理时间',
      required: false,
      askIf: { slot: 'needed_nursing', equals: 'yes' },
      question: '有人照顾了多长时间？',
      hint: '如“30天”，以医嘱或住院记录为准',
      aliases: /护理|照顾/,
    },
    {
      key: 'nursing_daily_rate',
      kind: 'money',
      label: '护理费每天标准',
      required: false,
      askIf: { slot: 'needed_nursing', equals: 'yes' },
      question: '照顾一天要多少钱？请护工的按护工费算；家里人照顾的，按照顾的人一天能挣的钱算。',
      hint: '填一天的钱数，如“200”',
      aliases: /护工费|护理费|一天/,
    },
  ]
}

/** 营养费 (PI-Interp 11): only on medical advice, so the doctor's word gates it. */
export function nutritionSlots(askIf: SlotCondition): SlotDefinition[] {
  return [
    {
      key: 'nutrition_advised',
      kind: 'choice',
      label: '医生是否要求加强营养',
      required: false,
      askIf,
      question: '医生有没有说要加强营养？病历或医嘱上写了“加强营养”的，可以要营养费。',
      choices: gate(
        { value: 'yes', label: '医生说了', synonyms: /说了|写了|要求|加强营养|^是|^有/ },
        { value: 'no', label: '没说', synonyms: /没(?:有)?(?:说|写)|^否|^没有?$|^无/ },
      ),
      fill: { choicePatterns: [[/加强营养|营养费/, 'yes']] },
      aliases: /营养/,
    },
    {
      key: 'nutrition_days',
      kind: 'duration',
      label: '营养期',
      required: false,
      askIf: { slot: 'nutrition_advised', equals: 'yes' },
      question: '医生说要加强营养多长时间？',
      hint: '如“60天”，以医嘱为准',
      aliases: /营养/,
    },
    {
      key: 'nutrition_daily_rate',
      kind: 'money',
      label: '营养费每天标准',
      required: false,
      askIf: { slot: 'nutrition_advised', equals: 'yes' },
      question: '营养费您打算按一天多少钱算？不清楚可以点“跳过”，调解员会按本地的做法帮您核算。',
      hint: '填一天的钱数，如“30”',
      aliases: /营养费/,
    },
  ]
}

/** The age at rating or death: over 60 the 20 years of disability or death compensation shrink (PI-Interp 12, 15). */
export function victimAgeSlot(question: string, askIf: SlotCondition): SlotDefinition {
  return {
    key: 'victim_age',
    kind: 'text',
    label: '受害人年龄',
    required: false,
    askIf,
    question,
    hint: '填周岁数字即可，如“58”',
    aliases: /年龄|岁/,
  }
}

const GRADE_NUMERALS = '一二三四五六七八九十'
const GRADES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]

/** The disability grade (1 the most severe … 10), or that none was reached or the appraisal is still to come. */
export function disabilityGradeSlot(question: string, askIf: SlotCondition): SlotDefinition {
  return {
    key: 'disability_grade',
    kind: 'choice',
    label: '伤残等级',
    required: false,
    askIf,
    question,
    choices: [
      ...GRADES.map((g) => ({
        value: `grade_${g}`,
        label: `${g}级`,
        synonyms: new RegExp(`(?<![\\d一二三四五六七八九十])(?:${g}|${GRADE_NUMERALS[g - 1]})级`),
      })),
      { value: 'none', label: '未达到等级', synonyms: /未达|不够|没评上/ },
      { value: 'pending', label: '还没鉴定', synonyms: /还没|没做|未鉴定|没有/ },
    ],
    fill: {
      choicePatterns: GRADES.map(
        (g) =>
          [
            new RegExp(`(?<![\\d])(?:${g}|${GRADE_NUMERALS[g - 1]})级伤残|伤残${GRADE_NUMERALS[g - 1]}级`),
            `grade_${g}`,
          ] as [RegExp, string],
      ),
    },
  }
}
