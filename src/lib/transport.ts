/**
 * The one seam between the request layer and the platform. Production uses Taro.request;
 * tests pass a fake so the real axios pipeline (interceptors, refresh, error mapping) runs.
 */
export interface TransportRequest {
  url: string
  method: string
  headers: Record<string, string>
  data?: unknown
  timeout: number
}

export interface TransportResponse {
  status: number
  headers: Record<string, string>
  data: unknown
}

export type Transport = (request: TransportRequest) => Promise<TransportResponse>

/** The request never produced an HTTP response. */
export class TransportError extends Error {
  readonly kind: 'network' | 'timeout'

  constructor(kind: 'network' | 'timeout', message: string) {
    super(message)
    this.name = 'TransportError'
    this.kind = kind
  }
}
