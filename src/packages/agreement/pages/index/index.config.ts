export default definePageConfig({ navigationBarTitleText: '调解协议' })
