/**
 * Build-time settings. TARO_APP_API_BASE is replaced by config/index.ts at build time:
 * empty for H5 (same origin as the API), an absolute URL for the mini-program.
 */
export const API_BASE_URL: string = process.env.TARO_APP_API_BASE ?? ''

export const API_PREFIX = '/api/v1'

/** Default request timeout; long uploads pass their own. */
export const REQUEST_TIMEOUT_MS = 15_000
