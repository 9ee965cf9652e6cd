export default definePageConfig({ navigationBarTitleText: '我的案件', enablePullDownRefresh: true })
