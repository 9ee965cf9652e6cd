import axios, { AxiosError, type AxiosInstance, type InternalAxiosRequestConfig } from 'axios'
import type { TokenPair } from '@contract/auth'
import { ApiError, clientError, errorFromResponse } from './api-error'
import { createTransportAdapter } from './axios-adapter'
import { API_PREFIX, REQUEST_TIMEOUT_MS } from './config'
import type { Transport } from './transport'

declare module 'axios' {
  interface AxiosRequestConfig {
    /** Send without the bearer token and never try a refresh (login, refresh itself). */
    skipAuth?: boolean
    /** Set once a request has been retried after a refresh, so it is never retried twice. */
    authRetried?: boolean
  }
}

/** What the request layer needs from the session, kept abstract so lib does not own auth state. */
export interface SessionBridge {
  getAccessToken(): string | null
  getRefreshToken(): string | null
  saveTokens(pair: TokenPair): void
  endSession(): void
}

export interface ApiClientOptions {
  baseURL: string
  transport: Transport
  session: SessionBridge
  timeoutMs?: number
}

const BEARER = /^Bearer (.+)$/
const BODY_METHODS = new Set(['post', 'put', 'patch'])

function sentToken(config: InternalAxiosRequestConfig): string | null {
  const header = config.headers.get('Authorization')
  const match = typeof header === 'string' ? BEARER.exec(header) : null
  return match ? match[1] : null
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  if (error instanceof AxiosError) {
    if (error.response) return errorFromResponse(error.response.status, error.response.data)
    if (error.code === AxiosError.ETIMEDOUT || error.code === AxiosError.ECONNABORTED) return clientError('TIMEOUT')
    return clientError('NETWORK_ERROR')
  }
  return clientError('NETWORK_ERROR')
}

/** The server refused the refresh token (as opposed to the network failing on the way). */
function refreshRejected(error: ApiError): boolean {
  return error.status !== null && error.status >= 400 && error.status < 500
}

/**
 * axios over a platform transport, with the bearer token, one refresh on 401 shared by all
 * requests that fail at the same time, one retry, and every failure mapped to an ApiError.
 */
export function createApiClient(options: ApiClientOptions): AxiosInstance {
  const { session } = options
  const client = axios.create({
    baseURL: `${options.baseURL}${API_PREFIX}`,
    timeout: options.timeoutMs ?? REQUEST_TIMEOUT_MS,
    adapter: createTransportAdapter(options.transport),
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
  })

  let refreshInFlight: Promise<string> | null = null

  async function refreshTokens(): Promise<string> {
    const refreshToken = session.getRefreshToken()
    if (!refreshToken) throw clientError('SESSION_EXPIRED', 401)
    const { data } = await client.post<TokenPair>('/auth/refresh', { refreshToken }, { skipAuth: true })
    session.saveTokens(data)
    return data.accessToken
  }

  function refreshOnce(): Promise<string> {
    refreshInFlight ??= refreshTokens().finally(() => {
      refreshInFlight = null
    })
    return refreshInFlight
  }

  client.interceptors.request.use((config) => {
    const token = config.skipAuth ? null : session.getAccessToken()
    if (token) config.headers.set('Authorization', `Bearer ${token}`)
    // The server parses every JSON-typed body and refuses an empty one; an action without fields sends {}.
    if (config.data === undefined && BODY_METHODS.has((config.method ?? 'get').toLowerCase())) config.data = {}
    return config
  })

  client.interceptors.response.use(undefined, async (error: unknown) => {
    const config = error instanceof AxiosError ? error.config : undefined
    const status = error instanceof AxiosError ? error.response?.status : undefined
    const usedToken = config ? sentToken(config) : null
    if (status !== 401 || !config || config.skipAuth || !usedToken) throw toApiError(error)
    if (config.authRetried) {
      // A fresh token was refused too: the account was logged out or disabled elsewhere.
      session.endSession()
      throw toApiError(error)
    }

    const current = session.getAccessToken()
    if (!current || current === usedToken) {
      try {
        await refreshOnce()
      } catch (refreshError) {
        const mapped = toApiError(refreshError)
        if (!refreshRejected(mapped)) throw mapped // offline: keep the session so the user can retry
        session.endSession()
        throw clientError('SESSION_EXPIRED', 401)
      }
    }
    // The request interceptor attaches whatever token is current now.
    return client.request({ ...config, authRetried: true })
  })

  return client
}
