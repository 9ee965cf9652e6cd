import { analyzeWithAssist } from '../../../src/services/intake/assisted-analysis'
import { ChatCompletionTypeAssist, typeAssistFrom, type FetchLike } from '../../../src/services/intake/type-assist'

const replying = (content: string, ok = true): FetchLike & { calls: Array<[string, RequestInit]> } => {
  const calls: Array<[string, RequestInit]> = []
  const fn = (async (url: string, init: RequestInit) => {
    calls.push([url, init])
    return { ok, json: async () => ({ choices: [{ message: { content } }] }) }
  }) as FetchLike & { calls: typeof calls }
  fn.calls = calls
  return fn
}

const options = { baseUrl: 'http://llm.invalid/v1/', apiKey: 'k', model: 'm' }

describe('ChatCompletionTypeAssist', () => {
  it('posts an OpenAI-compatible chat request and reads the type code', async () => {
    const fetchFn = replying(' private_loan ')
    expect(await new ChatCompletionTypeAssist(options, fetchFn).suggestType('他欠我钱')).toBe('private_loan')
    const [url, init] = fetchFn.calls[0]
    expect(url).toBe('http://llm.invalid/v1/chat/completions')
    expect(JSON.parse(init.body as string)).toMatchObject({ model: 'm', temperature: 0 })
    expect((init.headers as Record<string, string>).authorization).toBe('Bearer k')
  })

  it('returns null for unknown codes, HTTP errors and network failures', async () => {
    expect(await new ChatCompletionTypeAssist(options, replying('not_a_type')).suggestType('x')).toBeNull()
    expect(await new ChatCompletionTypeAssist(options, replying('consumer', false)).suggestType('x')).toBeNull()
    const failing: FetchLike = async () => {
      throw new Error('offline')
    }
    expect(await new ChatCompletionTypeAssist(options, failing).suggestType('x')).toBeNull()
  })

  it('is off unless all three settings are present', () => {
    expect(typeAssistFrom({ LLM_BASE_URL: 'http://x', LLM_API_KEY: 'k' })).toBeNull()
    expect(typeAssistFrom({ LLM_BASE_URL: 'http://x', LLM_API_KEY: 'k', LLM_MODEL: 'm' })).not.toBeNull()
  })
})

describe('analyzeWithAssist', () => {
  it('keeps a confident local result without asking', async () => {
    const fetchFn = replying('consumer')
    const result = await analyzeWithAssist(
      '房东不退我3000元押金',
      '2026-01-15',
      new ChatCompletionTypeAssist(options, fetchFn),
    )
    expect(result.disputeType).toBe('house_rental')
    expect(fetchFn.calls).toHaveLength(0)
  })

  it('takes the assistant’s type when the local classifier is unsure, keeping local facts', async () => {
    const result = await analyzeWithAssist(
      '他欠我5000元',
      '2026-01-15',
      new ChatCompletionTypeAssist(options, replying('private_loan')),
    )
    expect(result.disputeType).toBe('private_loan')
    expect(result.facts.amounts.map((a) => a.value)).toEqual([5000])
    expect(result.alternatives[0].disputeType).not.toBe('private_loan')
    expect(result.missing).not.toContain('principal')
  })
})
