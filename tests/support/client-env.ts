// Build-time constants the Taro build would inline.
process.env.TARO_ENV = 'h5'
process.env.TARO_APP_API_BASE = 'http://api.test'
