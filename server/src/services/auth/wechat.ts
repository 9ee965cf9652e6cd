import { notFound, serviceUnavailable, AppError } from '../../lib/app-error'

export interface WechatSession {
  openid: string
  unionid?: string
}

/** Exchanges a `wx.login` code for the user's openid (auth.code2Session). */
export interface WechatAuth {
  code2Session(code: string): Promise<WechatSession>
}

/** Talks to WeChat's server; only constructed when WX_APPID and WX_SECRET are set. */
export class WechatApiAuth implements WechatAuth {
  constructor(
    private readonly appId: string,
    private readonly secret: string,
    private readonly baseUrl = 'https://api.weixin.qq.com',
  ) {}

  async code2Session(code: string): Promise<WechatSession> {
    const url = new URL('/sns/jscode2session', this.baseUrl)
    url.search = new URLSearchParams({
      appid: this.appId,
      secret: this.secret,
      js_code: code,
      grant_type: 'authorization_code',
    }).toString()
    let body: { openid?: string; unionid?: string; errcode?: number; errmsg?: string }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) })
      body = (await res.json()) as typeof body
    } catch {
      throw serviceUnavailable('WECHAT_UNAVAILABLE', '微信登录暂时不可用，请使用手机号登录')
    }
    if (!body.openid) throw new AppError(401, 'WECHAT_CODE_INVALID', '微信登录失败，请重试或使用手机号登录')
    return { openid: body.openid, unionid: body.unionid }
  }
}

/**
 * Used when WeChat is not configured: says so clearly instead of failing obscurely. A 404, not a 5xx: the
 * deployment does not offer WeChat login at all, which is not a failure of the server.
 */
export const wechatNotConfigured: WechatAuth = {
  async code2Session() {
    throw notFound('WECHAT_NOT_CONFIGURED', '当前环境未开通微信登录，请使用手机号验证码登录')
  },
}
