/** Same limit as the server's MAX_TEXT_LENGTH (types/sessions.ts), kept here because the client imports types only. */
export const MAX_TEXT_LENGTH = 2000
