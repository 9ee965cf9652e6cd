export default definePageConfig({ navigationBarTitleText: '我的调解案件' })
