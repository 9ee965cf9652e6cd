import { checkSigningTurn, signingStage, type SignedSoFar } from '../../../src/domain/signing/signing-order'
import { eSignExclusionMessage, findStatusMatters } from '../../../src/domain/signing/e-sign-exclusion'

describe('signing order (PML 29 ¶2)', () => {
  const parties = ['a', 'b']
  const party = (id: string): SignedSoFar => ({ signerUserId: id, role: 'party' })
  const mediator: SignedSoFar = { signerUserId: 'm', role: 'mediator' }
  const seal: SignedSoFar = { signerUserId: 'c', role: 'committee' }

  it('moves through parties (any order), mediator, committee, complete', () => {
    expect(signingStage([], parties)).toBe('parties')
    expect(signingStage([party('b')], parties)).toBe('parties')
    expect(signingStage([party('b'), party('a')], parties)).toBe('mediator')
    expect(signingStage([party('a'), party('b'), mediator], parties)).toBe('committee')
    expect(signingStage([party('a'), party('b'), mediator, seal], parties)).toBe('complete')
  })

  it('names the reason for every out-of-turn attempt', () => {
    expect(checkSigningTurn([], parties, { userId: 'm', role: 'mediator' })?.code).toBe('SIGNING_ORDER')
    expect(checkSigningTurn([party('a')], parties, { userId: 'c', role: 'committee' })?.code).toBe('SIGNING_ORDER')
    expect(checkSigningTurn([party('a')], parties, { userId: 'a', role: 'party' })?.code).toBe('ALREADY_SIGNED')
    expect(
      checkSigningTurn([party('a'), party('b'), mediator], parties, { userId: 'm2', role: 'mediator' })?.code,
    ).toBe('ALREADY_SIGNED')
    expect(
      checkSigningTurn([party('a'), party('b'), mediator, seal], parties, { userId: 'c', role: 'committee' })?.code,
    ).toBe('SIGNING_COMPLETE')
    expect(checkSigningTurn([party('a')], parties, { userId: 'b', role: 'party' })).toBeNull()
    expect(checkSigningTurn([party('a'), party('b')], parties, { userId: 'm', role: 'mediator' })).toBeNull()
    expect(checkSigningTurn([party('a'), party('b'), mediator], parties, { userId: 'c', role: 'committee' })).toBeNull()
  })
})

describe('Electronic Signature Law art 3 scan', () => {
  it.each([
    ['双方同意协议离婚，婚生子由女方抚养。', ['marriage']],
    ['确认双方解除收养关系。', ['adoption']],
    ['养父母与养女之间的赡养问题', ['adoption']],
    ['被继承人王某的遗产房屋一套由三兄妹均分。', ['inheritance']],
    ['张某依遗嘱取得存款。', ['inheritance']],
  ])('flags %s', (text, matters) => {
    expect(findStatusMatters(text).map((h) => h.matter)).toEqual(matters)
  })

  it.each([
    '被申请人于2026年12月31日前支付拖欠工资12000元。',
    '培训机构退还培训费8000元，用于培养子女兴趣的课程终止。',
    '房东退还押金3000元，抚养子女不受影响。',
    '开发商支付逾期交房违约金。',
  ])('does not flag %s', (text) => {
    expect(findStatusMatters(text)).toEqual([])
  })

  it('explains the refusal in Chinese, citing the article', () => {
    expect(eSignExclusionMessage(['marriage', 'inheritance', 'marriage'])).toBe(
      '本协议涉及婚姻、继承等人身关系，依据《电子签名法》第三条不能使用电子签名，请到调委会线下签署纸质协议',
    )
  })
})
