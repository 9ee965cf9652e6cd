import type { PdfDocumentModel } from '../../documents/pdf/pdf-document'
import { chineseDate } from '../agreement/chinese-format'

export interface RulingInput {
  courtName: string
  courtCaseNumber: string
  applicants: Array<{ name: string; address: string }>
  committeeName: string
  agreementTitle: string
  agreementDate: string
  filedDate: string
  outcome: 'valid' | 'rejected'
  reasons: string | null
  date: string
}

/** 民事裁定书: the court's ruling on the application (CPL 206), valid or rejected. */
export function rulingPdfModel(r: RulingInput): PdfDocumentModel {
  const names = r.applicants.map((a) => a.name).join('、')
  const decision =
    r.outcome === 'valid'
      ? [
          `申请人${names}于${chineseDate(r.agreementDate)}经${r.committeeName}主持调解达成的《${r.agreementTitle}》有效。`,
          '当事人应当按照调解协议的约定自觉履行义务。一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院申请执行（民事诉讼法第二百零六条）。',
        ]
      : [
          `驳回申请人${names}的司法确认申请。`,
          '当事人可以通过调解方式变更原调解协议或者达成新的调解协议，也可以向人民法院提起诉讼（人民调解法第三十三条；民事诉讼法第二百零六条）。',
        ]
  return {
    title: `${r.courtName}\n民事裁定书`,
    subtitle: r.courtCaseNumber,
    author: r.courtName,
    blocks: [
      ...r.applicants.map((a) => ({ type: 'paragraph' as const, text: `申请人：${a.name}，住${a.address}。` })),
      {
        type: 'paragraph',
        indent: true,
        text: `申请人${names}于${chineseDate(r.filedDate)}向本院申请司法确认调解协议，本院受理后依法进行了审查。`,
      },
      ...(r.outcome === 'rejected' && r.reasons
        ? [{ type: 'paragraph' as const, indent: true, text: `本院经审查认为：${r.reasons}` }]
        : []),
      {
        type: 'paragraph',
        indent: true,
        text: `依照《中华人民共和国民事诉讼法》第二百零五条、第二百零六条规定，裁定如下：`,
      },
      ...decision.map((text) => ({ type: 'paragraph' as const, indent: true, text })),
      { type: 'paragraph', indent: true, text: '本裁定书自即日起发生法律效力。' },
      { type: 'paragraph', align: 'right', text: chineseDate(r.date) },
    ],
  }
}
