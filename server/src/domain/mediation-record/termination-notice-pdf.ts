import type { FailureRoute } from '@contract/mediation-record'
import type { PdfBlock, PdfDocumentModel } from '../../documents/pdf/pdf-document'
import { chineseDate } from '../agreement/chinese-format'
import { FAILURE_ROUTES_DISCLAIMER } from './failure-routes'

export const TERMINATION_NOTICE_TITLE = '终止调解告知书'

export interface TerminationNoticeInput {
  committeeName: string
  caseNumber: string
  caseTitle: string
  partial: boolean
  reason: string
  /** Each party with the routes left to them. */
  parties: { roleName: string; name: string; routes: FailureRoute[] }[]
  notes: string[]
  /** YYYY-MM-DD (China). */
  date: string
}

/** 终止调解告知书 (PML 26; file index §6.6): why mediation ended and the routes left to each party. */
export function terminationNoticePdfModel(n: TerminationNoticeInput): PdfDocumentModel {
  const names = n.parties.map((p) => `${p.roleName}${p.name}`).join('、')
  const blocks: PdfBlock[] = [
    { type: 'paragraph', text: `${names}：` },
    {
      type: 'paragraph',
      indent: true,
      text: n.partial
        ? `你们之间的${n.caseTitle}（案件编号${n.caseNumber}），经本委员会调解，已就部分事项达成调解协议，其余事项未能达成协议，本委员会对未达成协议的事项终止调解。`
        : `你们之间的${n.caseTitle}（案件编号${n.caseNumber}），经本委员会调解，未能达成调解协议，本委员会决定终止调解。`,
    },
    { type: 'paragraph', indent: true, text: `终止调解的原因：${n.reason}` },
    {
      type: 'paragraph',
      indent: true,
      text: '依照《中华人民共和国人民调解法》第二十六条的规定，现告知你们可以依法通过仲裁、行政、司法等途径维护自己的权利：',
    },
  ]
  for (const party of n.parties) {
    blocks.push({ type: 'heading', text: `${party.roleName}${party.name}可选择的途径`, level: 2 })
    party.routes.forEach((route, i) => {
      blocks.push({ type: 'paragraph', indent: true, text: `${i + 1}. ${route.title}：${route.body}` })
      blocks.push({ type: 'paragraph', indent: true, text: `依据：${route.basis}` })
      if (route.timeLimit) blocks.push({ type: 'paragraph', indent: true, text: `期限：${route.timeLimit}` })
    })
  }
  if (n.notes.length) {
    blocks.push({ type: 'heading', text: '特别提示', level: 2 })
    for (const note of n.notes) blocks.push({ type: 'paragraph', indent: true, text: note })
  }
  blocks.push({ type: 'paragraph', indent: true, text: FAILURE_ROUTES_DISCLAIMER })
  blocks.push({ type: 'paragraph', align: 'right', text: n.committeeName })
  blocks.push({ type: 'paragraph', align: 'right', text: chineseDate(n.date) })
  return {
    title: TERMINATION_NOTICE_TITLE,
    subtitle: `案件编号：${n.caseNumber}`,
    author: n.committeeName,
    footer: `${TERMINATION_NOTICE_TITLE} ${n.caseNumber}`,
    blocks,
  }
}
