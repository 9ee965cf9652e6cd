import type { UserConfigExport } from '@tarojs/cli'

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {
    devServer: {
      port: 10086,
      // The API runs separately in development; proxy it so H5 stays same-origin.
      proxy: { '/api': { target: process.env.TARO_DEV_API_TARGET ?? 'http://127.0.0.1:3000', changeOrigin: true } },
    },
  },
} satisfies UserConfigExport<'webpack5'>
