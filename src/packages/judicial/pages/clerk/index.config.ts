export default definePageConfig({ navigationBarTitleText: '法院工作台', enablePullDownRefresh: false })
