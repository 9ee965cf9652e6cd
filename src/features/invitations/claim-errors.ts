import { ApiError } from '@/lib/api-error'

/** Same rule as the server's InvitationTokenParamsSchema: a link cut short in a chat app fails here, not there. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,128}$/

export function tokenError(token: string): ApiError | null {
  if (token === '') return new ApiError('INVITATION_TOKEN_MISSING', '链接缺少认领码，请重新点击短信中的完整链接')
  if (!TOKEN_PATTERN.test(token)) {
    return new ApiError('INVITATION_TOKEN_INVALID', '链接不完整或已损坏，请重新点击短信中的完整链接')
  }
  return null
}

export type ClaimRemedy = 'switch-account' | 'my-cases' | 'none'

/** What the person can do next, by error code; the message itself comes from the server. */
export function remedyFor(code: string): { hint: string; remedy: ClaimRemedy } {
  switch (code) {
    case 'INVITATION_PHONE_MISMATCH':
      return { hint: '请退出当前账号，用收到短信的手机号重新登录。', remedy: 'switch-account' }
    case 'INVITATION_USED':
    case 'PARTY_ALREADY_CLAIMED':
      return { hint: '如果是您本人认领的，可在“我的案件”中找到该案件。', remedy: 'my-cases' }
    case 'INVITATION_OTHER_SIDE':
      return { hint: '请把此链接转给对方当事人本人。', remedy: 'my-cases' }
    case 'INVITATION_EXPIRED':
    case 'INVITATION_REVOKED':
      return { hint: '请联系转介的民警或邀请您的当事人重新发送链接。', remedy: 'none' }
    case 'INVITATION_NOT_FOUND':
    case 'INVITATION_TOKEN_MISSING':
    case 'INVITATION_TOKEN_INVALID':
      return { hint: '请核对链接是否完整，或联系发送人重新发送。', remedy: 'none' }
    default:
      return { hint: '', remedy: 'none' }
  }
}
