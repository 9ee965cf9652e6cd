import type { RecordContent, RecordHeader, RecordParticipant } from '@contract/mediation-record'
import { DISCLOSURE_ANSWER_NAMES, RESULT_NAMES, SESSION_MODE_NAMES, chinaDateTime } from './record-labels'

export const RECORD_TITLE = '调解笔录'

export interface RecordSection {
  heading: string
  lines: string[]
}

/** The record's fixed lines at the top (§6.2: number, time, place or session, mode, mediators, recorder). */
export function recordOpening(header: RecordHeader, content: RecordContent): [string, string][] {
  const mediators = header.participants.filter((p) => p.role === 'mediator').map((p) => p.name)
  return [
    ['案件编号', header.caseNumber],
    ['案由', `${header.disputeTypeName}（${header.caseTitle}）`],
    ['调解组织', header.committeeName ?? '—'],
    ['调解时间', content.heldAt],
    ['调解地点', content.place],
    ['调解方式', SESSION_MODE_NAMES[content.mode]],
    ['调解员', mediators.join('、') || '—'],
    ['记录人', content.recorderName],
  ]
}

/** The numbered sections of §6.2, in order; the same lines go into the confirmed text and the PDF. */
export function recordSections(header: RecordHeader, content: RecordContent): RecordSection[] {
  const parties = header.participants.filter((p) => p.partyId !== null)
  const nameOf = (partyId: string) => {
    const p = parties.find((x) => x.partyId === partyId)
    return p ? `${p.roleName}${p.name}` : '当事人'
  }
  const orNone = (lines: string[], none: string) => (lines.length ? lines : [none])
  return [
    { heading: '一、参加人员及身份核验', lines: header.participants.map(participantLine) },
    {
      heading: '二、利益冲突披露及当事人意见',
      lines: [
        content.disclosure.mediatorStatement,
        ...content.disclosure.answers.map(
          (a) => `${nameOf(a.partyId)}：${DISCLOSURE_ANSWER_NAMES[a.answer]}${a.note ? `（${a.note}）` : ''}`,
        ),
      ],
    },
    { heading: '三、权利义务告知', lines: content.rightsNotice.split('\n').filter((l) => l.trim()) },
    {
      heading: '四、当事人陈述及请求',
      lines: orNone(
        content.statements.flatMap((s) => [
          `${nameOf(s.partyId)}的请求：${s.claims || '未提出具体请求'}`,
          ...s.statements.map((t, i) => `${nameOf(s.partyId)}陈述（${i + 1}）：${t}`),
        ]),
        '无',
      ),
    },
    {
      heading: '五、证据材料',
      lines: orNone(
        content.evidence.map(
          (e, i) => `${i + 1}. ${e.name}（提交人：${e.producedBy || '—'}）${e.note ? `：${e.note}` : ''}`,
        ),
        '当事人未提交证据材料',
      ),
    },
    {
      heading: '六、双方确认的无争议事实',
      lines: orNone(
        content.agreedFacts.map((f, i) => `${i + 1}. ${f}`),
        '暂无双方共同确认的事实',
      ),
    },
    {
      heading: '七、争议焦点',
      lines: orNone(
        content.disputedPoints.map((f, i) => `${i + 1}. ${f}`),
        '暂无',
      ),
    },
    { heading: '八、调解员释法说理', lines: orNone(paragraphs(content.lawExplanation), '无') },
    { heading: '九、调解方案及建议', lines: orNone(paragraphs(content.proposals), '无') },
    {
      heading: '十、调解结果',
      lines: [
        RESULT_NAMES[content.outcome.result],
        ...(content.outcome.reasons.trim() ? [`原因及说明：${content.outcome.reasons.trim()}`] : []),
      ],
    },
  ]
}

/** The exact text the parties and mediators confirm (hashed with SHA-256); confirmations are not part of it. */
export function recordText(header: RecordHeader, content: RecordContent): string {
  const lines = [RECORD_TITLE, ...recordOpening(header, content).map(([k, v]) => `${k}：${v}`)]
  for (const section of recordSections(header, content)) lines.push('', section.heading, ...section.lines)
  return lines.join('\n')
}

function participantLine(p: RecordParticipant): string {
  const who = `${p.roleName}：${p.name}${p.kind === 'organisation' ? '（单位）' : ''}`
  const id = p.identity
  const check = id.verified
    ? `${id.method}${id.idNumberMasked ? `，身份证号${id.idNumberMasked}` : ''}${id.verifiedAt ? `，认证时间${chinaDateTime(id.verifiedAt)}` : ''}`
    : id.method
  return `${who}；身份核验：${check}`
}

function paragraphs(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
}
