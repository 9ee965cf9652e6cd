export default definePageConfig({ navigationBarTitleText: '申请司法确认' })
