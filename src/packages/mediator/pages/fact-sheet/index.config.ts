export default definePageConfig({ navigationBarTitleText: '事实清单' })
