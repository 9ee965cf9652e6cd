import type { ReferralCreated, ShareLink } from '@contract/referrals'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { formatDateTime, PARTY_ROLE_LABELS } from '../format'
import { shareUrlOf } from '../share-url'
import { PartyQrCode } from './party-qr-code'

export function ShareLinkCard({ link }: { link: ShareLink }) {
  const role = PARTY_ROLE_LABELS[link.partyRole]
  const url = shareUrlOf(link.link, link.token)
  const copy = () => void Taro.setClipboardData({ data: url })
  return (
    <View className="tj-ref-link" data-party={link.partyRole}>
      <Text className="tj-section__title">
        {role}：{link.partyName}
      </Text>
      <PartyQrCode id={link.partyRole} text={url} label={`${role}${link.partyName}的认领二维码`} />
      <Text className="tj-muted">请当事人用本人手机号登录后扫码认领；链接已同时以短信发送。</Text>
      <Text className="tj-ref-link__url" selectable>
        {url}
      </Text>
      <Text className="tj-muted">有效期至 {formatDateTime(link.expiresAt)}</Text>
      <Button block className="tj-touch" onClick={copy}>
        复制{role}链接
      </Button>
    </View>
  )
}

interface ReferralResultProps {
  created: ReferralCreated
  onReferAnother: () => void
  onOpenList: () => void
}

/** After a referral: the case number, the chosen committee and one QR code + link per party. */
export function ReferralResult({ created, onReferAnother, onOpenList }: ReferralResultProps) {
  const { referral, links, committeeReason } = created
  return (
    <View className="tj-stack">
      <View className="tj-section tj-stack" role="status">
        <Text className="tj-section__title">转介成功</Text>
        <Text>案件编号：{referral.caseNumber}</Text>
        <Text>警情号：{referral.incidentNumber}</Text>
        <Text>调解委员会：{referral.committee?.name ?? '待分派'}</Text>
        {committeeReason ? <Text className="tj-muted">{committeeReason}</Text> : null}
      </View>
      {links.map((link) => (
        <View key={link.partyRole} className="tj-section">
          <ShareLinkCard link={link} />
        </View>
      ))}
      <View className="tj-section tj-stack">
        <Button type="primary" block className="tj-touch" onClick={onReferAnother}>
          继续转介
        </Button>
        <Button block className="tj-touch" onClick={onOpenList}>
          查看我的转介
        </Button>
      </View>
    </View>
  )
}
