import { verifyChain } from '../../../src/domain/signing/verify-chain'
import { computeEventHash, type SigningEvent } from '../../../src/domain/signing/signing-event'
import { sealMessage } from '../../../src/domain/signing/ed25519'
import { buildChain, makeKey, SUBJECT } from './chain-fixture'

describe('signing chain verification', () => {
  const key = makeKey()
  const chain = buildChain(key)
  const copy = (): SigningEvent[] => JSON.parse(JSON.stringify(chain))

  it('accepts an intact chain and the empty chain', () => {
    expect(verifyChain(chain, key.publicKey, SUBJECT)).toBeNull()
    expect(verifyChain([], key.publicKey, SUBJECT)).toBeNull()
  })

  const edits: Array<[string, (e: SigningEvent) => void]> = [
    ['signer name', (e) => (e.signer.name = '王秀英英')],
    ['signer user id', (e) => (e.signer.userId = 'someone-else')],
    ['time', (e) => (e.time = '2026-11-27T00:00:00.000Z')],
    ['ip', (e) => (e.ip = '198.51.100.1')],
    ['user agent', (e) => (e.userAgent = null)],
    ['image hash', (e) => (e.signatureImageSha256 = 'f'.repeat(64))],
    ['document hash', (e) => (e.documentSha256 = 'e'.repeat(64))],
    ['version', (e) => (e.documentVersion = 2)],
  ]
  it.each(edits)('detects an edited %s in every event, naming the event and the hashes', (_label, edit) => {
    for (let i = 0; i < chain.length; i++) {
      const events = copy()
      edit(events[i])
      const problem = verifyChain(events, key.publicKey, SUBJECT)
      expect(problem).toMatchObject({ code: 'EVENT_HASH_MISMATCH', eventIndex: i, expected: chain[i].eventHash })
      expect(problem!.actual).toMatch(/^[0-9a-f]{64}$/)
      expect(problem!.reason).toContain(`第${i + 1}个`)
    }
  })

  it('detects an event re-hashed after editing (seal no longer matches) and a forged seal', () => {
    const events = copy()
    events[1].ip = '198.51.100.1'
    events[1].eventHash = computeEventHash(events[1])
    // The next event still points at the old hash.
    expect(verifyChain(events.slice(0, 2), key.publicKey, SUBJECT)).toMatchObject({
      code: 'EVENT_SEAL_INVALID',
      eventIndex: 1,
    })
    expect(verifyChain(events, key.publicKey, SUBJECT)).toMatchObject({ code: 'EVENT_SEAL_INVALID', eventIndex: 1 })
    const other = makeKey()
    events[1].seal = sealMessage(other.privateKey, events[1].eventHash)
    expect(verifyChain(events, key.publicKey, SUBJECT)).toMatchObject({ code: 'EVENT_SEAL_INVALID', eventIndex: 1 })
    // Even re-sealing with the right key cannot hide the edit: the next event links to the original hash.
    events[1].seal = sealMessage(key.privateKey, events[1].eventHash)
    expect(verifyChain(events, key.publicKey, SUBJECT)).toMatchObject({ code: 'CHAIN_LINK_BROKEN', eventIndex: 2 })
  })

  it('detects a removed, reordered or duplicated event', () => {
    expect(verifyChain([chain[0], chain[2], chain[3]], key.publicKey, SUBJECT)).toMatchObject({
      code: 'CHAIN_LINK_BROKEN',
      eventIndex: 1,
    })
    expect(verifyChain([chain[1], chain[0]], key.publicKey, SUBJECT)).toMatchObject({
      code: 'CHAIN_LINK_BROKEN',
      eventIndex: 0,
    })
    expect(verifyChain([...chain, chain[3]], key.publicKey, SUBJECT)).toMatchObject({
      code: 'CHAIN_LINK_BROKEN',
      eventIndex: 4,
    })
  })

  it('rejects a chain sealed by another key, or for another document', () => {
    expect(verifyChain(chain, makeKey().publicKey, SUBJECT)).toMatchObject({
      code: 'EVENT_SEAL_INVALID',
      eventIndex: 0,
    })
    expect(verifyChain(chain, key.publicKey, { ...SUBJECT, documentVersion: 4 })).toMatchObject({
      code: 'EVENT_DOCUMENT_MISMATCH',
      eventIndex: 0,
    })
  })

  it('rejects a validly sealed chain whose roles are out of the legal order', () => {
    const k = makeKey()
    const ordered = buildChain(k)
    // Re-chain mediator first, then the parties: every hash and seal valid, the order not.
    const wrong = [ordered[2], ordered[0], ordered[1], ordered[3]].map((e) => ({ ...e }))
    let prev = '0'.repeat(64)
    for (const e of wrong) {
      e.prevEventHash = prev
      e.eventHash = computeEventHash(e)
      e.seal = sealMessage(k.privateKey, e.eventHash)
      prev = e.eventHash
    }
    expect(verifyChain(wrong, k.publicKey, SUBJECT)).toMatchObject({ code: 'CHAIN_ORDER_INVALID', eventIndex: 1 })
  })

  it('reports malformed events instead of throwing', () => {
    expect(verifyChain([null], key.publicKey, SUBJECT)).toMatchObject({ code: 'EVENT_MALFORMED', eventIndex: 0 })
    expect(verifyChain([{ ...chain[0], signer: { role: 'king' } }], key.publicKey, SUBJECT)).toMatchObject({
      code: 'EVENT_MALFORMED',
    })
  })
})
