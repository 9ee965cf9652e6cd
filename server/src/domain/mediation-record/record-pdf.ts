import type { RecordConfirmation, RecordContent, RecordHeader } from '@contract/mediation-record'
import type { PdfBlock, PdfDocumentModel } from '../../documents/pdf/pdf-document'
import { chinaDateTime } from './record-labels'
import { RECORD_TITLE, recordOpening, recordSections } from './record-text'

export interface RecordPdfInput {
  header: RecordHeader
  content: RecordContent
  version: number
  sha256: string
  confirmations: RecordConfirmation[]
}

const CONFIRMER_ROLE = { applicant: '申请人', respondent: '被申请人', mediator: '调解员' } as const

/** The record as a PDF: the confirmed text, then each person's online confirmation with its time (OMR 22). */
export function recordPdfModel(r: RecordPdfInput): PdfDocumentModel {
  const blocks: PdfBlock[] = [{ type: 'keyValue', pairs: recordOpening(r.header, r.content) }]
  for (const section of recordSections(r.header, r.content)) {
    blocks.push({ type: 'heading', text: section.heading })
    for (const line of section.lines) blocks.push({ type: 'paragraph', text: line, indent: true })
  }
  blocks.push({ type: 'heading', text: '笔录确认' })
  blocks.push({
    type: 'paragraph',
    indent: true,
    text: '以上笔录经当事人和调解员在线阅读核对。经在线核对确认的电子笔录与纸质笔录具有同等效力（《人民法院在线调解规则》第二十二条）。',
  })
  for (const c of r.confirmations) {
    blocks.push({
      type: 'paragraph',
      indent: true,
      text: `${CONFIRMER_ROLE[c.role]}${c.name}：${c.confirmedAt ? `已于${chinaDateTime(c.confirmedAt)}在线确认` : '尚未确认'}`,
    })
  }
  blocks.push({ type: 'paragraph', text: `版本：第${r.version}版，SHA-256：${r.sha256}` })
  return {
    title: RECORD_TITLE,
    subtitle: `案件编号：${r.header.caseNumber}`,
    author: r.header.committeeName ?? '人民调解委员会',
    footer: `${RECORD_TITLE} ${r.header.caseNumber} 第${r.version}版`,
    blocks,
  }
}
