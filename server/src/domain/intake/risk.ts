export type RiskLevel = 'none' | 'attention' | 'urgent'

export interface RiskReason {
  level: Exclude<RiskLevel, 'none'>
  /** Stable code for the kind of risk. */
  code: string
  /** Chinese explanation shown to staff. */
  message: string
  /** The words that triggered it. */
  text: string
}

export interface RiskAssessment {
  level: RiskLevel
  reasons: RiskReason[]
}

interface RiskRule {
  level: RiskReason['level']
  code: string
  message: string
  pattern: RegExp
  /** False for phrases that are negative by nature (不想活了) and must not be cancelled by a negation. */
  negatable: boolean
}

const RULES: readonly RiskRule[] = [
  {
    level: 'urgent',
    code: 'SELF_HARM',
    message: '有自伤、自杀倾向表述',
    negatable: false,
    pattern: /不想活|活不下去|活着没意思|轻生|寻死|死给.{0,4}看|一死了之|了结自己/,
  },
  {
    level: 'urgent',
    code: 'SELF_HARM',
    message: '有自伤、自杀倾向表述',
    negatable: true,
    pattern: /自杀|跳楼|跳河|跳江|跳桥|喝农药|喝药|上吊|割腕|吃安眠药|卧轨|自焚/,
  },
  {
    level: 'urgent',
    code: 'THREAT_TO_KILL',
    message: '有杀人、伤害他人的威胁',
    negatable: false,
    pattern:
      /同归于尽|要杀|杀了(?:他|她|你|他们|全家)|弄死|砍死|捅死|打死(?:他|她|你)|要(?:他|她)的命|血债血偿|让(?:他|她)好看/,
  },
  {
    level: 'urgent',
    code: 'WEAPON',
    message: '涉及刀具、凶器或危险物品',
    negatable: true,
    pattern:
      /拿刀|持刀|拿着刀|菜刀|砍刀|动刀|炸药|炸了(?:他|她|你)|放火|纵火|浇汽油|烧了(?:他|她|你)|泼硫酸|拿(?:着)?(?:棍|铁棍|钢管|砖头|铁锹)|持械|持枪|拿枪/,
  },
  {
    level: 'urgent',
    code: 'VIOLENCE',
    message: '已发生或正在发生暴力冲突',
    negatable: true,
    pattern:
      /打人|打了我|把我打|被(?:他|她|他们|对方)?打(?!工|电话|官司|款|卡|扫|针)|殴打|动手(?!术)|打伤|打架|斗殴|推搡|扇了|拳打脚踢|家暴|家庭暴力|砸了(?:我|他|她)?家|砸坏|砸东西|围殴|故意伤害/,
  },
  {
    level: 'urgent',
    code: 'MASS_ESCALATION',
    message: '可能发生群体性事件或激化',
    negatable: true,
    pattern:
      /堵门|堵路|堵住大门|围堵|聚集|拉横幅|拉条幅|集体上访|静坐|闹事|封路|几十个人|一群人去|组织.{0,6}(?:讨薪|去闹)|爬塔吊|爬上.{0,4}(?:楼顶|塔吊)/,
  },
  {
    level: 'attention',
    code: 'THREAT',
    message: '有威胁、恐吓或报复言语',
    negatable: true,
    pattern: /威胁|恐吓|扬言|报复|走着瞧|找人收拾|找人教训|给点颜色|不放过/,
  },
  {
    level: 'attention',
    code: 'CONFLICT',
    message: '双方冲突明显，情绪激动',
    negatable: true,
    pattern:
      /吵架|争吵|大吵|辱骂|骂人|谩骂|骂了|争执|冲突|情绪激动|情绪很大|纠缠|骚扰|上门闹|天天上门|受不了了|忍无可忍|气得/,
  },
  {
    level: 'attention',
    code: 'PETITION',
    message: '有上访、曝光等升级意向',
    negatable: true,
    pattern: /上访|信访|到政府|找政府|找媒体|媒体曝光|网上曝光|发抖音|发到网上|(?<![A-Za-z0-9])12345(?!\d)|市长热线/,
  },
  {
    level: 'attention',
    code: 'HARDSHIP',
    message: '当事人生活困难，需关注',
    negatable: false,
    pattern: /没钱吃饭|吃不上饭|没饭吃|揭不开锅|看不起病|交不起|孩子.{0,4}上不了学|生活困难|走投无路/,
  },
]

const COMPILED_RULES = RULES.map((rule) => ({ ...rule, global: new RegExp(rule.pattern.source, 'g') }))

const NEGATION_BEFORE = /(?:没有|没|未|并未|不会|不是|不要|不能|并没有|从未|无|别|不|险些|差点|差一点)$/

/** Screens a narrative for violence, threats, self-harm and escalation (PML 25: report to the police in time). */
export function assessRisk(text: string): RiskAssessment {
  const reasons: RiskReason[] = []
  const seen = new Set<string>()
  for (const rule of COMPILED_RULES) {
    const pattern = rule.global
    pattern.lastIndex = 0
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (rule.negatable && NEGATION_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index))) continue
      if (seen.has(rule.code)) break
      seen.add(rule.code)
      reasons.push({ level: rule.level, code: rule.code, message: rule.message, text: m[0] })
      break
    }
  }
  const level: RiskLevel = reasons.some((r) => r.level === 'urgent')
    ? 'urgent'
    : reasons.length > 0
      ? 'attention'
      : 'none'
  return { level, reasons }
}
