export default definePageConfig({ navigationBarTitleText: '在线调解室' })
