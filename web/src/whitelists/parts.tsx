import { Tag, Typography } from 'antd';
import {
  messageText,
  whitelistOutcomeLabels,
  whitelistStatusLabels,
  type MessageCode,
  type Whitelist,
  type WhitelistEntry,
  type WhitelistFeedbackItem,
} from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../components/format';
import { useLabel } from '../prefs/label';

const statusColours: Record<Whitelist['status'], string> = { draft: 'orange', published: 'green', superseded: 'default' };

/** 草稿 / 已发布 / 已被新版本替代. */
export function WhitelistStatusTag({ status }: { status: Whitelist['status'] }) {
  const label = useLabel();
  return <Tag color={statusColours[status]}>{label(whitelistStatusLabels[status])}</Tag>;
}

/** 第 N 版, or 草稿 before publishing. */
export function VersionText({ list }: { list: Pick<Whitelist, 'versionNo'> }) {
  const { t } = useTranslation();
  return <>{list.versionNo === null ? t('wl.draft') : t('wl.versionNo', { n: list.versionNo })}</>;
}

/** Each rule against the firm's own figure: met (✓) or not (✗), in the interface language. */
export function Reasons({ entry }: { entry: WhitelistEntry }) {
  const { i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'zh';
  return (
    <ul className="wl-reasons" style={{ margin: 0, paddingInlineStart: 18 }}>
      {entry.reasons.map((r, i) => (
        <li key={i}>
          <Typography.Text type={r.met ? undefined : 'danger'}>
            {r.met ? '✓ ' : '✗ '}
            {messageText({ code: r.code as MessageCode, params: r.params }, lang)}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}

/** A bank's outcome with its amount or reason. */
export function FeedbackText({ f, withBank }: { f: WhitelistFeedbackItem; withBank?: boolean }) {
  const label = useLabel();
  const { t } = useTranslation();
  const detail = f.outcome === 'granted' && f.amount !== null ? ` ${t('wl.yuan', { n: f.amount.toLocaleString() })}` : f.reason ? ` ${f.reason}` : '';
  return (
    <div>
      {withBank ? `${f.bankName}：` : ''}
      <Tag color={f.outcome === 'granted' ? 'green' : f.outcome === 'declined' ? 'red' : 'blue'}>{label(whitelistOutcomeLabels[f.outcome])}</Tag>
      {detail}
      <Typography.Text type="secondary"> {formatTime(f.recordedAt)}</Typography.Text>
    </div>
  );
}
