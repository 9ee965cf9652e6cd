import type { Me, TokenPair } from '@contract/auth'
import type { Role } from '@contract/roles'

export function makeMe(overrides: Partial<Me> = {}, roles: Role[] = ['resident']): Me {
  return {
    id: 'u-1',
    phoneMasked: '138****8000',
    displayName: '张三',
    roles,
    organisation: null,
    realName: { verified: false, name: null, idNumberMasked: null },
    settings: { careMode: null, activeRole: null },
    ...overrides,
  }
}

export function makeTokenPair(n: number, user: Me = makeMe()): TokenPair {
  return {
    accessToken: `access-${n}`,
    refreshToken: `refresh-token-number-${n}-0123456789`,
    expiresIn: 900,
    user,
  }
}
