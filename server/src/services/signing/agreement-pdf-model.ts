import type { PdfBlock, PdfDocumentModel } from '../../documents/pdf/pdf-document'
import type { SigningEvent } from '../../domain/signing/signing-event'

export interface AgreementPdfInput {
  title: string
  caseNumber: string
  body: string
  documentVersion: number
  documentSha256: string
  committeeName: string | null
  events: Array<{ event: SigningEvent; image: Buffer }>
  effectiveAt: string
  verificationCode: string
  keyFingerprint: string
}

const PARTY_LABELS: Record<string, string> = { applicant: '申请人', respondent: '被申请人' }

export function signerLabel(event: SigningEvent, committeeName: string | null): string {
  if (event.signer.role === 'committee') return `${committeeName ?? '人民调解委员会'}（印章）`
  if (event.signer.role === 'mediator') return `人民调解员 ${event.signer.name}`
  return `${PARTY_LABELS[event.signer.partyRole ?? ''] ?? '当事人'} ${event.signer.name}`
}

/** Beijing time, as printed on Chinese legal papers. */
export const beijingTime = (iso: string): string =>
  new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19)

/**
 * The final agreement: the confirmed text, each signature image (and the committee seal), then the audit trail
 * (every event with its hashes and the verification code) so the paper itself explains how to check it.
 */
export function agreementPdfModel(input: AgreementPdfInput): PdfDocumentModel {
  const bodyBlocks: PdfBlock[] = input.body
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((text) => ({ type: 'paragraph', text, indent: true }))
  const signatures: PdfBlock[] = input.events.map(({ event, image }) => ({
    type: 'signature',
    label: signerLabel(event, input.committeeName),
    image,
    date: beijingTime(event.time).slice(0, 10),
  }))
  const auditTrail: PdfBlock[] = [
    { type: 'heading', text: '电子签署审计记录' },
    {
      type: 'keyValue',
      pairs: [
        ['案号', input.caseNumber],
        ['文书版本', `第 ${input.documentVersion} 版`],
        ['确认文本 SHA-256', input.documentSha256],
        ['生效时间（北京时间）', beijingTime(input.effectiveAt)],
        ['验证码', input.verificationCode],
        ['平台公钥指纹', input.keyFingerprint],
      ],
    },
    {
      type: 'table',
      columns: [
        { title: '序号', width: 0.6, align: 'center' },
        { title: '签署人', width: 2.4 },
        { title: '身份核验', width: 1.2 },
        { title: '时间（北京时间）', width: 1.9 },
        { title: 'IP 地址', width: 1.5 },
      ],
      rows: input.events.map(({ event }, i) => [
        String(i + 1),
        signerLabel(event, input.committeeName),
        '短信验证码',
        beijingTime(event.time),
        event.ip ?? '-',
      ]),
    },
    { type: 'heading', text: '各签署事件的哈希值', level: 2 },
    {
      type: 'list',
      items: input.events.map(
        ({ event }) =>
          `事件哈希 ${event.eventHash}；前一事件 ${event.prevEventHash}；签名图像 ${event.signatureImageSha256}`,
      ),
    },
    {
      type: 'paragraph',
      text:
        '每个签署事件记录了所签文本的 SHA-256、签名图像的哈希、签署人、身份核验方式、时间、IP 和设备信息，并与前一事件的哈希相连，' +
        '由平台的 Ed25519 密钥签章。签署记录完整嵌入本文件末尾。可在平台“文书验证”页面上传本文件或输入验证码核验，' +
        '也可用案卷包离线核验（npx tsx scripts/verify-bundle.ts）。文件任何一个字节被改动都将无法通过验证。',
    },
  ]
  return {
    title: input.title,
    subtitle: `案号：${input.caseNumber}`,
    author: 'tiaojie e-signing',
    footer: `验证码 ${input.verificationCode}`,
    blocks: [...bodyBlocks, { type: 'spacer', height: 16 }, ...signatures, ...auditTrail],
  }
}
