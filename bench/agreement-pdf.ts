/**
 * Benchmark: the sealed final agreement PDF (text, four signature images, audit-trail page, embedded chain and
 * seal) against a baseline in the same run (the same text rendered plain, no signatures or audit trail).
 * Budget: < 300 ms per sealed PDF (warm). Run: npx tsx bench/agreement-pdf.ts
 */
import { generateKeyPairSync } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { renderPdf } from '../server/src/documents/pdf/render-pdf'
import { keyFingerprint, publicKeyPem, sealMessage } from '../server/src/domain/signing/ed25519'
import { sha256Hex } from '../server/src/domain/signing/hashing'
import { computeEventHash, GENESIS_HASH, type SigningEvent } from '../server/src/domain/signing/signing-event'
import { verifySealedPdf } from '../server/src/domain/signing/verify-sealed-pdf'
import { sealFinalPdf } from '../server/src/services/signing/seal-final-pdf'
import { makePng } from '../server/test/services/signing/png-fixture'

const BUDGET_MS = 300
const RUNS = 15

const body = Array.from(
  { length: 12 },
  (_, i) =>
    `${i + 1}、被申请人于2027年${(i % 12) + 1}月15日前向申请人支付第${i + 1}期款项人民币壹仟元整（¥1,000.00），通过银行转账至申请人尾号1234的账户。`,
).join('\n')

const { privateKey, publicKey } = generateKeyPairSync('ed25519')
const key = { privateKey, publicKey, publicKeyPem: publicKeyPem(publicKey), fingerprint: keyFingerprint(publicKey) }
const documentSha256 = sha256Hex(body)
const events: SigningEvent[] = []
;(['party', 'party', 'mediator', 'committee'] as const).forEach((role, i) => {
  const e = {
    documentId: 'bench',
    documentVersion: 1,
    documentSha256,
    signatureImageSha256: sha256Hex(`img${i}`),
    signer: {
      userId: `u${i}`,
      name: ['王秀英', '李建国', '刘芳', '赵敏'][i],
      role,
      partyRole: i < 2 ? 'applicant' : null,
    },
    verificationMethod: 'sms_code' as const,
    time: new Date(Date.UTC(2026, 10, 26, 2, i)).toISOString(),
    ip: '203.0.113.1',
    userAgent: 'bench',
    prevEventHash: i ? events[i - 1].eventHash : GENESIS_HASH,
  }
  const eventHash = computeEventHash(e)
  events.push({ ...e, eventHash, seal: sealMessage(privateKey, eventHash) })
})
const images = events.map((_, i) => makePng(600, 240, i + 1))

const sealed = () =>
  sealFinalPdf(
    {
      documentId: 'bench',
      title: '人民调解协议书',
      caseNumber: '（2026）九杨调字第001号',
      body,
      documentVersion: 1,
      documentSha256,
      committeeName: '九龙坡区杨家坪街道人民调解委员会',
      events: events.map((event, i) => ({ event, image: images[i] })),
      effectiveAt: events[3].time,
    },
    key,
  )
const baseline = () =>
  renderPdf({ title: '人民调解协议书', blocks: body.split('\n').map((text) => ({ type: 'paragraph' as const, text })) })

async function median(label: string, work: () => Promise<unknown>): Promise<number> {
  await work() // warm: font parsing, JIT
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    await work()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const m = times[Math.floor(times.length / 2)]
  console.log(
    `${label.padEnd(34)} median ${m.toFixed(1)} ms  (min ${times[0].toFixed(1)}, max ${times[times.length - 1].toFixed(1)}, n=${RUNS})`,
  )
  return m
}

async function main() {
  const cold = performance.now()
  const first = await sealed()
  console.log(
    `sealed agreement, cold (first)    ${(performance.now() - cold).toFixed(1)} ms, ${first.file.length} bytes`,
  )
  if (!verifySealedPdf(first.file, key.publicKey).valid) throw new Error('benchmark PDF does not verify')
  const base = await median('baseline: plain text PDF', baseline)
  const full = await median('sealed agreement + audit page', sealed)
  const verify = await median('verify sealed PDF', async () => verifySealedPdf(first.file, key.publicKey))
  console.log(`ratio sealed/baseline: ${(full / base).toFixed(2)}x; verify ${verify.toFixed(1)} ms`)
  console.log(
    full < BUDGET_MS
      ? `PASS: ${full.toFixed(1)} ms < ${BUDGET_MS} ms`
      : `FAIL: ${full.toFixed(1)} ms >= ${BUDGET_MS} ms`,
  )
  process.exitCode = full < BUDGET_MS ? 0 : 1
}

void main()
