import { renderAgreement } from '../../../src/domain/agreement/render-agreement'
import { CASE_INFO, WAGE_CONTENT } from './fixture'

describe('renderAgreement', () => {
  it('fills the statutory sections in order (PML 29; legal-reference §6.3)', () => {
    const { title, clauses, body } = renderAgreement(CASE_INFO, WAGE_CONTENT)
    expect(title).toBe('人民调解协议书')
    expect(clauses.map((c) => c.key)).toEqual([
      'number',
      'party-1',
      'party-2',
      'facts',
      'issues',
      'responsibilities',
      'preamble',
      'term-1',
      'other-1',
      'effect-1',
      'effect-2',
      'effect-3',
      'effect-4',
      'copies',
    ])
    expect(body.split('\n')).toHaveLength(clauses.length)
    expect(body).toContain('编号：（2026）九杨调字第001号')
    expect(body).toContain(
      '申请人：王秀英，女，1975年4月9日出生，身份证号500107197504090028，住重庆市九龙坡区杨家坪正街1号。',
    )
    expect(body).toContain(
      '被申请人：重庆某建筑劳务有限公司，统一社会信用代码91500107MA5U000000，住所地重庆市九龙坡区谢家湾正街2号。法定代表人：李建国。',
    )
    expect(body).toContain('争议事项：1.被申请人拖欠工资的数额；2.支付期限。')
    expect(body).toContain('经九龙坡区杨家坪街道人民调解委员会调解，双方当事人就劳动报酬纠纷自愿达成如下协议：')
  })

  it('writes each payment with payer, payee, figures and 大写, how, when and the account', () => {
    const term = renderAgreement(CASE_INFO, WAGE_CONTENT).clauses.find((c) => c.key === 'term-1')!
    expect(term.label).toBe('第一条')
    expect(term.text).toBe(
      '一、被申请人重庆某建筑劳务有限公司于2026年12月31日前通过银行转账方式向申请人王秀英支付拖欠的劳动报酬' +
        '人民币12,000.00元（大写：人民币壹万贰仟元整）。收款账户：王秀英，中国农业银行重庆杨家坪支行，6228480000000000000。',
    )
  })

  it('writes an instalment schedule with each due date and amount', () => {
    const content = {
      ...WAGE_CONTENT,
      terms: [
        {
          ...WAGE_CONTENT.terms[0],
          amount: 10000.5,
          dueDate: undefined,
          instalments: [
            { dueDate: '2026-12-31', amount: 5000 },
            { dueDate: '2027-01-31', amount: 5000.5 },
          ],
        },
      ],
    }
    const text = renderAgreement(CASE_INFO, content).clauses.find((c) => c.key === 'term-1')!.text
    expect(text).toContain('共计人民币10,000.50元（大写：人民币壹万元伍角整）')
    expect(text).toContain('分2期支付：第1期于2026年12月31日前支付人民币5,000.00元（大写：人民币伍仟元整）')
    expect(text).toContain('第2期于2027年1月31日前支付人民币5,000.50元（大写：人民币伍仟元伍角整）。')
  })

  it('writes non-monetary obligations and a visible placeholder for missing amounts and dates', () => {
    const content = {
      ...WAGE_CONTENT,
      terms: [
        {
          kind: 'obligation' as const,
          payerPartyId: 'p-app',
          payeePartyId: 'p-res',
          description: '归还工地宿舍钥匙',
          dueDate: '2026-12-05',
          place: '项目部办公室',
        },
        { kind: 'payment' as const, payerPartyId: 'p-res', payeePartyId: 'p-app', description: '交通补贴' },
      ],
    }
    const { clauses } = renderAgreement(CASE_INFO, content)
    expect(clauses.find((c) => c.key === 'term-1')!.text).toBe(
      '一、申请人王秀英于2026年12月5日前向被申请人重庆某建筑劳务有限公司归还工地宿舍钥匙。履行地点：项目部办公室。',
    )
    expect(clauses.find((c) => c.key === 'term-2')!.text).toBe(
      '二、被申请人重庆某建筑劳务有限公司【履行期限未填写】向申请人王秀英支付交通补贴【金额未填写】。',
    )
  })

  it('closes with the effect clauses of PML 29, 31, 32, 33 and the copies', () => {
    const { clauses } = renderAgreement(CASE_INFO, WAGE_CONTENT)
    const effect = clauses.filter((c) => c.key.startsWith('effect-')).map((c) => c.text)
    expect(effect[0]).toMatch(/^三、.*签名.*人民调解员签名.*印章之日起生效.*第二十九条/)
    expect(effect[1]).toMatch(/法律约束力.*第三十一条/)
    expect(effect[2]).toMatch(/提起诉讼.*第三十二条/)
    expect(effect[3]).toMatch(/三十日内共同向人民法院申请司法确认.*强制执行.*第三十三条/)
    expect(clauses[clauses.length - 1].text).toBe(
      '七、本协议一式三份，双方当事人各执一份，九龙坡区杨家坪街道人民调解委员会留存一份，具有同等效力。',
    )
  })

  it('counts copies and wording for more than two parties, and keeps each clause on one line', () => {
    const info = {
      ...CASE_INFO,
      parties: [...CASE_INFO.parties, { id: 'p-3', role: 'respondent', name: '张三', kind: 'person' }],
    }
    const { body, clauses } = renderAgreement(info, { ...WAGE_CONTENT, facts: '第一段事实。\n\n  第二段事实。' })
    expect(body).toContain('本协议一式四份，各方当事人各执一份')
    expect(body).toContain('纠纷主要事实：第一段事实。 第二段事实。')
    expect(body.split('\n')).toHaveLength(clauses.length)
  })

  it('is deterministic: the same input gives the same text', () => {
    expect(renderAgreement(CASE_INFO, WAGE_CONTENT).body).toBe(
      renderAgreement(CASE_INFO, structuredClone(WAGE_CONTENT)).body,
    )
  })
})
