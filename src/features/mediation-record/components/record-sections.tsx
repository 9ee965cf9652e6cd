import type { MediationRecord, RecordParticipant } from '@contract/mediation-record'
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { DISCLOSURE_ANSWER_LABELS, MODE_LABELS, RESULT_LABELS, SECTION_TITLES, type SectionKey } from '../record-labels'

interface RecordSectionsProps {
  record: MediationRecord
  /** Parties read everyday headings; the mediator reads the document's own. */
  plain: boolean
}

function Section({ name, plain, children }: { name: SectionKey; plain: boolean; children: ReactNode }) {
  const title = plain ? SECTION_TITLES[name].plain : SECTION_TITLES[name].formal
  return (
    <View className="tj-rec-section" data-section={name} aria-label={title}>
      <Text className="tj-rec-section__title">{title}</Text>
      {children}
    </View>
  )
}

function Line({ label, value }: { label: string; value: string }) {
  return (
    <Text className="tj-rec-line">
      <Text className="tj-rec-line__label">{label}：</Text>
      {value}
    </Text>
  )
}

function Items({ items, empty }: { items: string[]; empty: string }) {
  if (items.length === 0) return <Text className="tj-muted">{empty}</Text>
  return (
    <>
      {items.map((item, i) => (
        <Text key={i} className="tj-rec-text">
          {i + 1}. {item}
        </Text>
      ))}
    </>
  )
}

function identityText({ identity }: RecordParticipant): string {
  if (!identity.verified) return `未核验（${identity.method}）`
  const id = identity.idNumberMasked ? `，证件号 ${identity.idNumberMasked}` : ''
  return `已核验：${identity.method}${id}`
}

/** The record section by section (legal-reference §6.2), exactly as stored in the version on screen. */
export function RecordSections({ record, plain }: RecordSectionsProps) {
  const { header, content } = record
  const nameOf = (partyId: string) => header.participants.find((p) => p.partyId === partyId)?.name ?? '（当事人）'
  const roleOf = (partyId: string) => header.participants.find((p) => p.partyId === partyId)?.roleName ?? ''
  return (
    <View className="tj-section tj-stack tj-rec-document" aria-label="调解笔录">
      <Text className="tj-section__title">调解笔录</Text>
      <Text className="tj-muted">
        第 {record.version} 版{record.latest ? '（最新）' : '（已被新版本取代）'} · {record.createdBy.name} 制作 ·
        校验值 {record.sha256.slice(0, 12)}…
      </Text>
      <Section name="basics" plain={plain}>
        <Line label="案号" value={header.caseNumber} />
        <Line label="案件" value={header.caseTitle} />
        <Line label="纠纷类型" value={header.disputeTypeName} />
        {header.committeeName ? <Line label="调解组织" value={header.committeeName} /> : null}
        <Line label="调解时间" value={content.heldAt} />
        <Line label="调解地点" value={content.place} />
        <Line label="调解方式" value={MODE_LABELS[content.mode]} />
        {header.sessionId ? <Line label="在线会话编号" value={header.sessionId} /> : null}
        <Line label="记录人" value={content.recorderName} />
      </Section>
      <Section name="participants" plain={plain}>
        {header.participants.map((p, i) => (
          <Line key={`${p.role}-${i}`} label={`${p.roleName} ${p.name}`} value={identityText(p)} />
        ))}
      </Section>
      <Section name="disclosure" plain={plain}>
        <Text className="tj-rec-text">{content.disclosure.mediatorStatement}</Text>
        {content.disclosure.answers.map((answer) => (
          <Line
            key={answer.partyId}
            label={`${roleOf(answer.partyId)} ${nameOf(answer.partyId)}`}
            value={`${DISCLOSURE_ANSWER_LABELS[answer.answer]}${answer.note ? `（${answer.note}）` : ''}`}
          />
        ))}
      </Section>
      <Section name="rights" plain={plain}>
        <Text className="tj-rec-text">{content.rightsNotice}</Text>
      </Section>
      <Section name="statements" plain={plain}>
        {content.statements.map((statement) => (
          <View key={statement.partyId} className="tj-rec-party" data-party={statement.partyId}>
            <Text className="tj-rec-party__name">
              {roleOf(statement.partyId)} {nameOf(statement.partyId)}
            </Text>
            <Line label={plain ? '要求' : '请求事项'} value={statement.claims || '（未提出）'} />
            <Items items={statement.statements} empty="（未陈述）" />
          </View>
        ))}
      </Section>
      <Section name="evidence" plain={plain}>
        <Items
          items={content.evidence.map(
            (e) => `${e.name}${e.producedBy ? `（${e.producedBy}提交）` : ''}${e.note ? `：${e.note}` : ''}`,
          )}
          empty="无"
        />
      </Section>
      <Section name="agreedFacts" plain={plain}>
        <Items items={content.agreedFacts} empty="暂无" />
      </Section>
      <Section name="disputedPoints" plain={plain}>
        <Items items={content.disputedPoints} empty="暂无" />
      </Section>
      <Section name="law" plain={plain}>
        <Text className="tj-rec-text">{content.lawExplanation || '（未填写）'}</Text>
      </Section>
      <Section name="proposals" plain={plain}>
        <Text className="tj-rec-text">{content.proposals || '（未填写）'}</Text>
      </Section>
      <Section name="outcome" plain={plain}>
        <Line label="结果" value={RESULT_LABELS[content.outcome.result]} />
        {content.outcome.reasons ? <Line label="原因" value={content.outcome.reasons} /> : null}
      </Section>
    </View>
  )
}
