import axios, { AxiosError, AxiosHeaders, type AxiosAdapter, type AxiosResponse } from 'axios'
import { TransportError, type Transport } from './transport'

function plainHeaders(headers: unknown): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [name, value] of Object.entries(AxiosHeaders.from(headers as AxiosHeaders).toJSON())) {
    if (value !== undefined && value !== null && value !== false) result[name] = String(value)
  }
  return result
}

/** An axios adapter that sends through a Transport and settles like axios's own adapters. */
export function createTransportAdapter(transport: Transport): AxiosAdapter {
  return async (config) => {
    let reply
    try {
      reply = await transport({
        url: axios.getUri(config),
        method: (config.method ?? 'get').toUpperCase(),
        headers: plainHeaders(config.headers),
        data: config.data,
        timeout: config.timeout ?? 0,
      })
    } catch (error) {
      const timedOut = error instanceof TransportError && error.kind === 'timeout'
      const message = error instanceof Error ? error.message : 'Network Error'
      throw new AxiosError(message, timedOut ? AxiosError.ETIMEDOUT : AxiosError.ERR_NETWORK, config)
    }

    const response: AxiosResponse = {
      data: reply.data,
      status: reply.status,
      statusText: String(reply.status),
      headers: AxiosHeaders.from(reply.headers),
      config,
      request: null,
    }
    if (!config.validateStatus || config.validateStatus(reply.status)) return response
    const code = reply.status >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST
    throw new AxiosError(`Request failed with status code ${reply.status}`, code, config, null, response)
  }
}
