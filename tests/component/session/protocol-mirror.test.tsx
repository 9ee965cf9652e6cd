import * as contract from '@contract/sessions'
import { SOCKET_CLOSE_CODES, SOCKET_SUBPROTOCOL } from '@/features/session/socket/protocol'
import { MAX_TEXT_LENGTH } from '@/features/session/text-limits'

describe('socket protocol constants mirrored in the client', () => {
  it('match the contract', () => {
    expect(SOCKET_SUBPROTOCOL).toBe(contract.SOCKET_SUBPROTOCOL)
    expect(SOCKET_CLOSE_CODES).toEqual(contract.SOCKET_CLOSE_CODES)
    expect(MAX_TEXT_LENGTH).toBe(contract.MAX_TEXT_LENGTH)
  })
})
