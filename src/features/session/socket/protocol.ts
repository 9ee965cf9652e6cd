/**
 * Socket protocol constants, mirrored from types/sessions.ts (SOCKET_SUBPROTOCOL, SOCKET_CLOSE_CODES):
 * the client imports only types from the contract, so TypeBox stays out of the bundle.
 */
export const SOCKET_SUBPROTOCOL = 'tiaojie.v1'
export const SOCKET_CLOSE_CODES = { unauthorized: 4401, notFound: 4404, badFrame: 4400, serverError: 4500 } as const
