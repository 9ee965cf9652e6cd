import Taro from '@tarojs/taro'
import { TransportError, type Transport } from './transport'

type TaroMethod = NonNullable<Taro.request.Option['method']>

/** Transport over Taro.request: wx.request in the mini-program, fetch in H5. */
export const taroTransport: Transport = (request) =>
  new Promise((resolve, reject) => {
    Taro.request({
      url: request.url,
      method: request.method as TaroMethod,
      header: request.headers,
      data: request.data as Taro.request.Option['data'],
      timeout: request.timeout > 0 ? request.timeout : undefined,
      dataType: 'json',
      success: (response) => {
        resolve({ status: response.statusCode, headers: response.header ?? {}, data: response.data })
      },
      fail: (failure) => {
        const message = failure?.errMsg ?? 'request:fail'
        reject(new TransportError(/time ?out/i.test(message) ? 'timeout' : 'network', message))
      },
    })
  })
