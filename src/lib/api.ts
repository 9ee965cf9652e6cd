import { authSessionBridge } from '@/stores/session'
import { createApiClient } from './api-client'
import { API_BASE_URL } from './config'
import { taroTransport } from './taro-transport'

/** The app's one API client. Feature api/ files call it; nothing else talks HTTP. */
export const api = createApiClient({ baseURL: API_BASE_URL, transport: taroTransport, session: authSessionBridge })
