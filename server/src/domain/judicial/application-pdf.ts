import type { ApplicationText } from '@contract/judicial'
import type { PdfDocumentModel } from '../../documents/pdf/pdf-document'
import { chineseDate } from '../agreement/chinese-format'

/** Everything printed on the joint application (legal-reference §6.4); kept as the application's content. */
export interface ApplicationContent {
  courtName: string
  committeeName: string
  caseNumber: string
  agreementTitle: string
  agreementDate: string // YYYY-MM-DD, the effective date
  agreementSummary: string[]
  disputeSummary: string
  applicants: Array<{
    partyId: string
    role: string
    name: string
    address: string
    phone: string
    serviceAddress: string
  }>
  attachments: Array<{ label: string; fileId: string | null }>
  date: string // YYYY-MM-DD
}

/** Customary undertaking; the SPC model form's exact wording is UNVERIFIED (legal-reference §7 item 8). */
const UNDERTAKING =
  '申请人保证：调解协议系双方自愿达成，不存在恶意串通、规避法律的情形；提交的材料真实、合法。' +
  '如因调解协议内容损害国家利益、社会公共利益或者他人合法权益的，申请人自愿承担相应的法律责任。'

const ROLE_LABELS: Record<string, string> = { applicant: '申请人', respondent: '申请人（原被申请人）' }

/** The readable sections of the application (§6.4): shown on the pages and printed in the PDF. */
export function applicationText(c: ApplicationContent): ApplicationText {
  const agreed = chineseDate(c.agreementDate)
  return {
    applicants: c.applicants.map((a) => ({
      name: a.name,
      roleLabel: ROLE_LABELS[a.role] ?? '申请人',
      address: a.address,
      phone: a.phone,
      serviceAddress: a.serviceAddress,
    })),
    request: `请求确认申请人于${agreed}经${c.committeeName}主持调解达成的《${c.agreementTitle}》有效。`,
    factsAndReasons: [
      c.disputeSummary,
      `经${c.committeeName}主持调解，双方自愿达成调解协议，该协议于${agreed}生效。` +
        '依照《中华人民共和国人民调解法》第三十三条和《中华人民共和国民事诉讼法》第二百零五条，双方共同申请司法确认。协议主要内容：',
    ],
    agreementSummary: c.agreementSummary,
    undertaking: UNDERTAKING,
    addressee: c.courtName,
    date: c.date,
  }
}

export function applicationPdfModel(c: ApplicationContent): PdfDocumentModel {
  const text = applicationText(c)
  return {
    title: '司法确认申请书',
    subtitle: c.caseNumber,
    author: c.committeeName,
    footer: '本申请书由在线调解平台生成（可在线提交，人民法院在线调解规则第二十条）',
    blocks: [
      ...text.applicants.map((a, i) => ({
        type: 'keyValue' as const,
        pairs: [
          [`申请人${i + 1}`, `${a.name}（${a.roleLabel}）`],
          ['住所', a.address],
          ['联系电话', a.phone],
          ['送达地址', a.serviceAddress],
        ] as [string, string][],
      })),
      { type: 'heading', text: '请求事项' },
      { type: 'paragraph', indent: true, text: text.request },
      { type: 'heading', text: '事实与理由' },
      ...text.factsAndReasons.map((paragraph) => ({ type: 'paragraph' as const, indent: true, text: paragraph })),
      { type: 'list', items: text.agreementSummary },
      { type: 'heading', text: '申请人承诺' },
      { type: 'paragraph', indent: true, text: text.undertaking },
      { type: 'paragraph', text: `此致\n${text.addressee}` },
      { type: 'heading', text: '附件' },
      { type: 'list', items: c.attachments.map((a) => a.label) },
      ...text.applicants.map((a) => ({ type: 'signature' as const, label: `申请人：${a.name}` })),
      { type: 'paragraph', align: 'right', text: chineseDate(text.date) },
    ],
  }
}
