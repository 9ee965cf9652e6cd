import type { ClientFrame, ServerFrame, SessionMessage } from '@contract/sessions'

export type ConnectionStatus = 'connecting' | 'syncing' | 'live' | 'offline' | 'denied' | 'closed'

export type OutgoingFrame = Extract<ClientFrame, { type: 'send' }>

/** A message typed here and not yet stored by the server. */
export interface PendingMessage {
  frame: OutgoingFrame
  state: 'queued' | 'sending' | 'failed'
  error: string | null
}

export interface RoomState {
  status: ConnectionStatus
  /** Stored messages, ascending by seq, each seq once. */
  messages: SessionMessage[]
  /** Highest seq held with nothing missing below it: where a reconnect resumes. */
  lastSeq: number
  pending: PendingMessage[]
  online: string[]
  typing: string[]
  reads: Record<string, number>
  notice: string | null
}

export const INITIAL_ROOM_STATE: RoomState = {
  status: 'connecting',
  messages: [],
  lastSeq: 0,
  pending: [],
  online: [],
  typing: [],
  reads: {},
  notice: null,
}

/** Inserts by seq, ignoring one already held: live frames and a resume may overlap after a reconnect. */
export function addMessage(state: RoomState, message: SessionMessage): RoomState {
  if (message.seq <= state.lastSeq || state.messages.some((held) => held.seq === message.seq)) return state
  const messages = [...state.messages, message].sort((a, b) => a.seq - b.seq)
  let lastSeq = state.lastSeq
  const seqs = new Set(messages.map((held) => held.seq))
  while (seqs.has(lastSeq + 1)) lastSeq += 1
  const pending = message.clientMsgId
    ? state.pending.filter((item) => item.frame.clientMsgId !== message.clientMsgId)
    : state.pending
  return { ...state, messages, lastSeq, pending }
}

const withUser = (list: string[], userId: string, present: boolean) =>
  present ? (list.includes(userId) ? list : [...list, userId]) : list.filter((id) => id !== userId)

/** Applies one server frame (other than connection control) to the room state. */
export function applyFrame(state: RoomState, frame: ServerFrame): RoomState {
  switch (frame.type) {
    case 'ready': {
      const reads = { ...state.reads }
      for (const receipt of frame.reads)
        reads[receipt.userId] = Math.max(reads[receipt.userId] ?? 0, receipt.lastReadSeq)
      // The room ends before what we hold (restored data, another server): what we hold cannot be trusted.
      const stale = frame.lastSeq < state.lastSeq
      return { ...state, reads, status: 'syncing', ...(stale ? { messages: [], lastSeq: 0 } : {}) }
    }
    case 'message':
      return addMessage(state, frame.message)
    case 'resumed':
      return { ...state, status: 'live', notice: null }
    case 'ack': {
      // Stored. The message frame itself may come before or after the ack; keep the bubble until it is held.
      const held = frame.seq <= state.lastSeq || state.messages.some((message) => message.seq === frame.seq)
      return held
        ? { ...state, pending: state.pending.filter((item) => item.frame.clientMsgId !== frame.clientMsgId) }
        : state
    }
    case 'typing':
      return { ...state, typing: withUser(state.typing, frame.userId, true) }
    case 'presence':
      return {
        ...state,
        online: withUser(state.online, frame.userId, frame.online),
        typing: frame.online ? state.typing : withUser(state.typing, frame.userId, false),
      }
    case 'read':
      return {
        ...state,
        reads: { ...state.reads, [frame.userId]: Math.max(state.reads[frame.userId] ?? 0, frame.seq) },
      }
    case 'error':
      if (frame.clientMsgId) {
        const failed = frame.clientMsgId
        return {
          ...state,
          pending: state.pending.map((item) =>
            item.frame.clientMsgId === failed ? { ...item, state: 'failed', error: frame.message } : item,
          ),
        }
      }
      return { ...state, notice: frame.message }
    case 'pong':
      return state
  }
}

/** After a drop, in-flight frames go back to the queue: they are resent with the same clientMsgId. */
export function requeueInFlight(state: RoomState): RoomState {
  return {
    ...state,
    pending: state.pending.map((item) => (item.state === 'sending' ? { ...item, state: 'queued' } : item)),
    online: [],
    typing: [],
  }
}
