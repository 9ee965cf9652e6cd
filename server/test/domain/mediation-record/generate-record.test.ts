import { generateRecord, sessionMode } from '../../../src/domain/mediation-record/generate-record'
import type { RecordSources } from '../../../src/domain/mediation-record/record-sources'
import { recordText } from '../../../src/domain/mediation-record/record-text'
import { contentProblems } from '../../../src/domain/mediation-record/validate-content'

const verified = { verified: true, verifiedAt: '2026-11-20T02:00:00.000Z', idNumberMasked: '500107********1234' }

const sources = (overrides: Partial<RecordSources> = {}): RecordSources => ({
  case: {
    caseNumber: 'TJ-2026-000001',
    title: '张三与李四相邻关系纠纷',
    disputeType: 'neighbor',
    disputeTypeName: '相邻关系',
    narrative: '楼上漏水',
    committeeName: '某社区人民调解委员会',
    own: {
      applicant: { account: '楼上漏水三个月了', claim: '修好防水，赔偿2000元' },
      respondent: { account: null, claim: null },
    },
  },
  parties: [
    { partyId: 'pa', role: 'applicant', name: '张三', kind: 'person', userId: 'ua', identity: verified },
    { partyId: 'pr', role: 'respondent', name: '李四', kind: 'person', userId: null, identity: null },
  ],
  mediators: [{ userId: 'um', name: '陈调解', identity: verified }],
  recorder: { userId: 'um', name: '陈调解', identity: verified },
  withdrawnForConflict: 1,
  jointRoomId: 'room-1',
  messages: [],
  confirmedSessions: [],
  facts: [
    { statement: '双方为上下楼邻居', statedBy: 'applicant', status: 'agreed', disputeComments: [] },
    { statement: '漏水系楼上防水层破损所致', statedBy: 'applicant', status: 'pending', disputeComments: [] },
  ],
  evidence: [],
  outcome: { result: 'pending', reason: null },
  now: '2026-11-26T06:00:00.000Z',
  ...overrides,
})

describe('generateRecord', () => {
  it('records identity results, a party without an account, and a mediator who stood down', () => {
    const { header, content } = generateRecord(sources())
    expect(header.participants.map((p) => [p.role, p.identity.verified])).toEqual([
      ['applicant', true],
      ['respondent', false],
      ['mediator', true],
    ])
    expect(header.participants[1].identity.method).toContain('尚未登录')
    expect(content.disclosure.mediatorStatement).toContain('原指派的1名调解员因申报利益冲突已回避')
    expect(content.statements[0]).toEqual({
      partyId: 'pa',
      claims: '修好防水，赔偿2000元',
      statements: ['楼上漏水三个月了'],
    })
    expect(content.statements[1]).toEqual({ partyId: 'pr', claims: '', statements: [] })
    // Pending facts are neither agreed nor disputed yet.
    expect(content.agreedFacts).toEqual(['双方为上下楼邻居'])
    expect(content.disputedPoints).toEqual([])
    expect(content.heldAt).toBe('2026年11月26日 14:00')
  })

  it('lists a separate recorder only when the recorder is not a mediator', () => {
    const other = { userId: 'ur', name: '王书记', identity: verified }
    const { header } = generateRecord(sources({ recorder: other }))
    expect(header.participants.at(-1)).toMatchObject({ role: 'recorder', roleName: '记录人', name: '王书记' })
  })

  it('prints the same text for the same content, and changes with an edit', () => {
    const { header, content } = generateRecord(sources())
    const text = recordText(header, content)
    expect(recordText(header, content)).toBe(text)
    expect(text).toContain('申请人张三的请求：修好防水，赔偿2000元')
    expect(text).toContain('被申请人李四的请求：未提出具体请求')
    expect(text).toContain('身份证号500107********1234')
    expect(recordText(header, { ...content, proposals: '由李四修复防水层' })).not.toBe(text)
  })
})

describe('sessionMode', () => {
  const parties = sources().parties.map((p) => ({ ...p, userId: p.userId ?? 'ur' }))
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 1, minute)).toISOString()
  it('is text when both sides wrote within half an hour of each other', () => {
    const messages = [
      { senderUserId: 'ua', text: 'a', createdAt: at(0) },
      { senderUserId: 'ur', text: 'b', createdAt: at(20) },
    ]
    expect(sessionMode(parties, messages)).toBe('text')
  })
  it('is asynchronous when they only left messages hours apart, or one side wrote alone', () => {
    const apart = [
      { senderUserId: 'ua', text: 'a', createdAt: at(0) },
      { senderUserId: 'ur', text: 'b', createdAt: new Date(Date.UTC(2026, 10, 26, 5, 0)).toISOString() },
    ]
    expect(sessionMode(parties, apart)).toBe('asynchronous')
    expect(sessionMode(parties, [apart[0], { ...apart[0], createdAt: at(1) }])).toBe('asynchronous')
  })
})

describe('contentProblems', () => {
  const { content } = generateRecord(sources())
  it('accepts the generated content', () => {
    expect(contentProblems(content, ['pa', 'pr'], [])).toEqual([])
  })
  it('names the field: unknown party, repeated party, foreign file, failure without reasons', () => {
    const bad = {
      ...content,
      statements: [...content.statements, { partyId: 'pa', claims: '', statements: [] }],
      disclosure: { ...content.disclosure, answers: [{ partyId: 'px', answer: 'objection' as const, note: '' }] },
      evidence: [{ fileId: 'f-other', name: 'x', producedBy: '', note: '' }],
      outcome: { result: 'failed' as const, reasons: '  ' },
    }
    expect(contentProblems(bad, ['pa', 'pr'], ['f1']).map((p) => [p.code, p.field])).toEqual([
      ['RECORD_PARTY_REPEATED', 'content/statements/2/partyId'],
      ['RECORD_PARTY_UNKNOWN', 'content/disclosure/answers/0/partyId'],
      ['RECORD_FILE_UNKNOWN', 'content/evidence/0/fileId'],
      ['RECORD_REASONS_REQUIRED', 'content/outcome/reasons'],
    ])
  })
})
