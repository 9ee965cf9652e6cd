export default definePageConfig({ navigationBarTitleText: '履行情况' })
