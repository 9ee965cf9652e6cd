import { assessRisk } from '../../../src/domain/intake/risk'

describe('assessRisk', () => {
  it.each<[string, string, string[]]>([
    ['他打人了，把我打伤', 'urgent', ['VIOLENCE']],
    ['他说要杀了我', 'urgent', ['THREAT_TO_KILL']],
    ['再不给钱我就跳楼', 'urgent', ['SELF_HARM']],
    ['我真的不想活了', 'urgent', ['SELF_HARM']],
    ['活不下去了', 'urgent', ['SELF_HARM']],
    ['他拿刀堵在我家门口', 'urgent', ['WEAPON']],
    ['大不了同归于尽', 'urgent', ['THREAT_TO_KILL']],
    ['明天去公司堵门', 'urgent', ['MASS_ESCALATION']],
    ['几十个工人聚集在工地门口', 'urgent', ['MASS_ESCALATION']],
    ['还说要弄死我全家', 'urgent', ['THREAT_TO_KILL']],
    ['老公喝酒后家暴', 'urgent', ['VIOLENCE']],
    ['他扬言要报复', 'attention', ['THREAT']],
    ['双方多次发生争吵', 'attention', ['CONFLICT']],
    ['情绪激动，说要到政府上访', 'attention', ['CONFLICT', 'PETITION']],
    ['孩子都吃不上饭了', 'attention', ['HARDSHIP']],
    ['要发到网上曝光', 'attention', ['PETITION']],
    ['对方没有打人，只是吵了几句', 'none', []],
    ['我们没动手', 'none', []],
    ['双方险些动手', 'none', []],
    ['医生给我动手术', 'none', []],
    ['在工地被钢管砸伤了腿', 'none', []],
    ['我在工地打工', 'none', []],
    ['渝A12345号小轿车', 'none', []],
    ['房东不退押金', 'none', []],
    ['他说不会自杀的，让我放心', 'none', []],
  ])('%s → %s', (text, level, codes) => {
    const risk = assessRisk(text)
    expect(risk.level).toBe(level)
    expect(risk.reasons.map((r) => r.code).sort()).toEqual([...codes].sort())
  })

  it('quotes the words that triggered each reason', () => {
    expect(assessRisk('他拿刀来了').reasons[0]).toMatchObject({ code: 'WEAPON', text: '拿刀', level: 'urgent' })
  })
})
