import type {
  RecordContent,
  RecordHeader,
  RecordParticipant,
  SessionMode,
  PartyStatement,
} from '@contract/mediation-record'
import type { IdentitySnapshot, RecordSources, SourceMessage, SourceParty } from './record-sources'
import { chinaDateTime, PARTY_ROLE_NAMES } from './record-labels'

/** Two parties writing within this window of each other were online together: a text session, not asynchronous. */
const SAME_SITTING_MS = 30 * 60_000
const MAX_STATEMENTS = 100
const MAX_STATEMENT_LENGTH = 2000

export const RIGHTS_NOTICE = [
  '调解员已告知当事人：人民调解遵循自愿、平等原则，不收取任何费用，不妨碍当事人通过仲裁、行政、司法等途径维护权利（《人民调解法》第三条、第四条）。',
  '当事人享有以下权利：选择或者接受调解员；接受调解、拒绝调解或者要求终止调解；要求调解公开进行或者不公开进行；自主表达意愿、自愿达成调解协议（《人民调解法》第二十三条）。',
  '当事人负有以下义务：如实陈述纠纷事实；遵守调解现场秩序，尊重调解员；尊重对方当事人行使权利（《人民调解法》第二十四条）。',
  '当事人为达成调解协议作出妥协而认可的事实，不得在其后的诉讼中作为对其不利的根据，但法律另有规定或者当事人均同意的除外；双方共同确认的无争议事实除外（《人民法院在线调解规则》第十八条）。',
  '调解员已提示：以虚假身份参加调解、恶意串通进行虚假调解损害他人合法权益的，应当承担相应的法律责任（《人民法院在线调解规则》第十七条）。',
].join('\n')

/** A fresh record (header and editable content) from the case as it stands now. */
export function generateRecord(src: RecordSources): { header: RecordHeader; content: RecordContent } {
  return { header: recordHeader(src), content: recordContent(src) }
}

export function recordHeader(src: RecordSources): RecordHeader {
  const participants: RecordParticipant[] = [
    ...src.parties.map((p) => partyParticipant(p)),
    ...src.mediators.map((m) => staffParticipant('mediator', m.userId, m.name, m.identity)),
  ]
  if (!src.mediators.some((m) => m.userId === src.recorder.userId)) {
    participants.push(staffParticipant('recorder', src.recorder.userId, src.recorder.name, src.recorder.identity))
  }
  return {
    caseNumber: src.case.caseNumber,
    caseTitle: src.case.title,
    disputeType: src.case.disputeType,
    disputeTypeName: src.case.disputeTypeName,
    committeeName: src.case.committeeName,
    sessionId: src.jointRoomId,
    participants,
  }
}

function recordContent(src: RecordSources): RecordContent {
  const mode = sessionMode(src.parties, src.messages)
  const mediatorNames = src.mediators.map((m) => m.name).join('、') || src.recorder.name
  const withdrawn =
    src.withdrawnForConflict > 0 ? `原指派的${src.withdrawnForConflict}名调解员因申报利益冲突已回避。` : ''
  return {
    heldAt: heldAt(src),
    place: src.jointRoomId ? `线上调解室（会话编号：${src.jointRoomId}）` : '线上（调解平台）',
    mode,
    recorderName: src.recorder.name,
    disclosure: {
      mediatorStatement:
        `调解员${mediatorNames}声明：本人不是本案当事人或者当事人的近亲属，与本纠纷没有利害关系，` +
        `与当事人没有其他可能影响公正调解的关系（《人民法院在线调解规则》第十三条）。${withdrawn}`,
      answers: src.parties.map((p) => ({ partyId: p.partyId, answer: 'not_asked' as const, note: '' })),
    },
    rightsNotice: RIGHTS_NOTICE,
    statements: src.parties.map((p) => partyStatement(p, src)),
    evidence: src.evidence.map((e) => ({ fileId: e.fileId, name: e.name, producedBy: e.producedBy, note: '' })),
    agreedFacts: src.facts.filter((f) => f.status === 'agreed').map((f) => f.statement),
    disputedPoints: src.facts.filter((f) => f.status === 'disputed').map(disputedPoint),
    lawExplanation: '',
    proposals: '',
    outcome: { result: src.outcome.result, reasons: src.outcome.reason ?? '' },
  }
}

function disputedPoint(fact: RecordSources['facts'][number]): string {
  const objections = fact.disputeComments
    .map((c) => `${PARTY_ROLE_NAMES[c.role]}有异议${c.comment ? `：${c.comment}` : ''}`)
    .join('；')
  return clip(objections ? `${fact.statement}（${objections}）` : fact.statement)
}

/** The party's own words: their intake account or reply, then what they wrote in the joint room. */
function partyStatement(party: SourceParty, src: RecordSources): PartyStatement {
  const statements: string[] = []
  const own = src.case.own[party.role]
  if (own.account?.trim()) statements.push(clip(own.account.trim()))
  if (party.userId) {
    for (const m of src.messages) {
      if (m.senderUserId === party.userId && m.text.trim()) statements.push(clip(m.text.trim()))
    }
  }
  return {
    partyId: party.partyId,
    claims: clip(own.claim ?? ''),
    statements: statements.slice(0, MAX_STATEMENTS),
  }
}

/**
 * Text when both sides wrote within half an hour of each other at least once (a sitting), otherwise
 * asynchronous. The app has no video room, so video is only set by the mediator when it was used.
 */
export function sessionMode(parties: SourceParty[], messages: SourceMessage[]): SessionMode {
  const sideOf = new Map(parties.filter((p) => p.userId).map((p) => [p.userId!, p.role]))
  const spoken = messages
    .filter((m) => sideOf.has(m.senderUserId))
    .map((m) => ({ side: sideOf.get(m.senderUserId)!, at: Date.parse(m.createdAt) }))
    .sort((a, b) => a.at - b.at)
  for (let i = 1; i < spoken.length; i++) {
    if (spoken[i].side !== spoken[i - 1].side && spoken[i].at - spoken[i - 1].at <= SAME_SITTING_MS) return 'text'
  }
  return 'asynchronous'
}

function heldAt(src: RecordSources): string {
  const times = src.messages.map((m) => m.createdAt).sort()
  if (times.length > 0) {
    const first = chinaDateTime(times[0])
    const last = chinaDateTime(times[times.length - 1])
    return first === last ? first : `${first} 至 ${last}`
  }
  const session = [...src.confirmedSessions].sort().pop()
  return chinaDateTime(session ?? src.now)
}

function partyParticipant(p: SourceParty): RecordParticipant {
  return {
    partyId: p.partyId,
    userId: p.userId,
    role: p.role,
    roleName: PARTY_ROLE_NAMES[p.role],
    name: p.name,
    kind: p.kind,
    identity: identityResult(p.identity, p.userId === null),
  }
}

function staffParticipant(
  role: 'mediator' | 'recorder',
  userId: string,
  name: string,
  identity: IdentitySnapshot,
): RecordParticipant {
  return {
    partyId: null,
    userId,
    role,
    roleName: role === 'mediator' ? '调解员' : '记录人',
    name,
    kind: 'person',
    identity: identityResult(identity, false),
  }
}

/** OMR 17 asks for identity checks before mediation; the app checks the real name against the ID number. */
export function identityResult(identity: IdentitySnapshot | null, noAccount: boolean): RecordParticipant['identity'] {
  if (noAccount || !identity) {
    return { verified: false, method: '尚未登录调解平台，未进行身份核验', verifiedAt: null, idNumberMasked: null }
  }
  if (!identity.verified) {
    return { verified: false, method: '未完成实名认证', verifiedAt: null, idNumberMasked: null }
  }
  return {
    verified: true,
    method: '已实名认证（姓名与居民身份证号码在线核验）',
    verifiedAt: identity.verifiedAt,
    idNumberMasked: identity.idNumberMasked,
  }
}

function clip(text: string): string {
  return text.length > MAX_STATEMENT_LENGTH ? `${text.slice(0, MAX_STATEMENT_LENGTH - 1)}…` : text
}
