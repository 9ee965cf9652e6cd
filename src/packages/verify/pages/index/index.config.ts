export default definePageConfig({ navigationBarTitleText: '文书验证' })
