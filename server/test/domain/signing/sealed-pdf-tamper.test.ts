import { verifySealedPdf } from '../../../src/domain/signing/verify-sealed-pdf'
import { sealFinalPdf } from '../../../src/services/signing/seal-final-pdf'
import type { SigningEvent } from '../../../src/domain/signing/signing-event'
import { makePng } from '../../services/signing/png-fixture'
import { buildChain, makeKey, prng, SUBJECT } from './chain-fixture'

/**
 * The tamper property: changing any single byte of a sealed PDF, anywhere (the rendered pages, the embedded
 * record, the trailing startxref), makes verification fail. Positions are drawn from a seeded PRNG, with every
 * region of the file guaranteed to be hit.
 */
describe('sealed PDF tamper evidence', () => {
  const key = makeKey()
  let file: Buffer
  let events: SigningEvent[]

  beforeAll(async () => {
    events = buildChain(key)
    const sealed = await sealFinalPdf(
      {
        documentId: SUBJECT.documentId,
        title: '人民调解协议书',
        caseNumber: '（2026）九杨调字第001号',
        body: '一、被申请人于2026年12月31日前支付工资12000元。\n二、双方再无争议。',
        documentVersion: SUBJECT.documentVersion,
        documentSha256: SUBJECT.documentSha256,
        committeeName: '九龙坡区杨家坪街道人民调解委员会',
        events: events.map((event, i) => ({ event, image: makePng(120, 48, i + 1) })),
        effectiveAt: events[3].time,
      },
      key,
    )
    file = sealed.file
  })

  it('verifies the untouched file, which is still a PDF ending in %%EOF', () => {
    expect(verifySealedPdf(file, key.publicKey)).toMatchObject({ valid: true, problem: null })
    expect(file.subarray(0, 5).toString()).toBe('%PDF-')
    expect(file.subarray(-6).toString()).toBe('%%EOF\n')
  })

  it('fails for a single changed byte at 400 random positions across every region', () => {
    const random = prng(20261126)
    const blockStart = file.lastIndexOf('%TIAOJIE-SEAL-BEGIN')
    const tailStart = file.lastIndexOf('%TIAOJIE-SEAL-END')
    const positions = [0, blockStart - 1, blockStart, blockStart + 30, tailStart, file.length - 1]
    for (let i = 0; i < 400; i++) positions.push(Math.floor(random() * file.length))
    // A third of the random draws inside the (small) record block, so it is not under-sampled.
    for (let i = 0; i < 130; i++) positions.push(blockStart + Math.floor(random() * (file.length - blockStart)))
    const failures = new Set<string>()
    for (const position of positions) {
      const tampered = Buffer.from(file)
      tampered[position] = (tampered[position] + 1 + Math.floor(random() * 255)) % 256
      const result = verifySealedPdf(tampered, key.publicKey)
      if (result.valid) throw new Error(`byte ${position} changed but the file still verifies`)
      failures.add(result.problem!.code)
    }
    expect(failures).toContain('PDF_CONTENT_CHANGED')
    expect(failures).toContain('SEAL_BLOCK_MALFORMED')
  })

  it('fails for an appended or truncated byte and for another key', () => {
    expect(verifySealedPdf(Buffer.concat([file, Buffer.from('\n')]), key.publicKey).valid).toBe(false)
    expect(verifySealedPdf(file.subarray(0, file.length - 1), key.publicKey).valid).toBe(false)
    expect(verifySealedPdf(file, makeKey().publicKey).problem!.code).toBe('KEY_MISMATCH')
    expect(
      verifySealedPdf(file.subarray(0, file.lastIndexOf('%TIAOJIE-SEAL-BEGIN')), key.publicKey).problem!.code,
    ).toBe('SEAL_BLOCK_MISSING')
  })
})
