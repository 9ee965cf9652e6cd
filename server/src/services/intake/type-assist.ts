import type { Config } from '../../config'
import { CATALOGUE, DISPUTE_TYPE_CODES, isDisputeTypeCode, type DisputeTypeCode } from '../../domain/intake/catalogue'

/**
 * Optional second opinion on the dispute type when the local classifier is unsure. Off unless LLM_BASE_URL,
 * LLM_API_KEY and LLM_MODEL are all set; any failure or timeout falls back to the local result.
 */
export interface TypeAssist {
  suggestType(text: string): Promise<DisputeTypeCode | null>
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Pick<Response, 'ok' | 'json'>>

const TYPE_LIST = DISPUTE_TYPE_CODES.map((c) => `${c}=${CATALOGUE[c].name}`).join('；')

/** An OpenAI-compatible chat endpoint (POST {base}/chat/completions) asked for one type code. */
export class ChatCompletionTypeAssist implements TypeAssist {
  constructor(
    private readonly options: { baseUrl: string; apiKey: string; model: string; timeoutMs?: number },
    private readonly fetchFn: FetchLike = fetch,
  ) {}

  async suggestType(text: string): Promise<DisputeTypeCode | null> {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs ?? 3000)
    try {
      const response = await this.fetchFn(`${this.options.baseUrl.replace(/\/$/, '')}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.options.apiKey}` },
        body: JSON.stringify({
          model: this.options.model,
          temperature: 0,
          messages: [
            { role: 'system', content: `你是人民调解纠纷分类助手。只回答一个代码，不要解释。可选代码：${TYPE_LIST}` },
            { role: 'user', content: text },
          ],
        }),
        signal: controller.signal,
      })
      if (!response.ok) return null
      const body = (await response.json()) as { choices?: Array<{ message?: { content?: string } }> }
      const answer = body.choices?.[0]?.message?.content?.trim() ?? ''
      const code = /[a-z_]+/.exec(answer)?.[0] ?? ''
      return isDisputeTypeCode(code) ? code : null
    } catch {
      return null
    } finally {
      clearTimeout(timer)
    }
  }
}

export function typeAssistFrom(config: Pick<Config, 'LLM_BASE_URL' | 'LLM_API_KEY' | 'LLM_MODEL'>): TypeAssist | null {
  const { LLM_BASE_URL, LLM_API_KEY, LLM_MODEL } = config
  return LLM_BASE_URL && LLM_API_KEY && LLM_MODEL
    ? new ChatCompletionTypeAssist({ baseUrl: LLM_BASE_URL, apiKey: LLM_API_KEY, model: LLM_MODEL })
    : null
}
