import { Tag } from 'antd';
import { matchLevel, matchLevelLabels, trlLabels, type PriceMode, type TechContactStatus, type TechPostStatus } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../prefs/label';

const postColours: Record<TechPostStatus, string> = { draft: 'default', published: 'green', closed: 'red' };
const contactColours: Record<TechContactStatus, string> = { open: 'orange', talking: 'blue', deal: 'green', closed: 'default' };

/** 草稿 / 已发布 / 已关闭. */
export function PostStatusTag({ status }: { status: TechPostStatus }) {
  const { t } = useTranslation();
  return <Tag color={postColours[status]}>{t(`tech.statuses.${status}`)}</Tag>;
}

/** 待回复 / 洽谈中 / 已成交 / 已关闭. */
export function ContactStatusTag({ status }: { status: TechContactStatus }) {
  const { t } = useTranslation();
  return <Tag color={contactColours[status]}>{t(`tech.contactStatuses.${status}`)}</Tag>;
}

/** Price mode with the amount when there is one. */
export function PriceText({ mode, price }: { mode: PriceMode; price: number | null }) {
  const { t } = useTranslation();
  return (
    <span>
      {t(`tech.priceModes.${mode}`)}
      {price !== null ? ` ${price.toLocaleString('zh-CN')} 元` : ''}
    </span>
  );
}

/** 技术成熟度 as "8 系统完成并通过验证" rather than a bare number. */
export function TrlText({ level }: { level: number }) {
  const label = useLabel();
  const name = trlLabels[level];
  return <span>{name ? `${level} ${label(name)}` : level}</span>;
}

const levelColours = { high: 'green', medium: 'blue', low: 'default' } as const;

/** 匹配度 as 高/中/低 rather than the raw score (which the ranking adds up from text, IPC and place). */
export function MatchLevelTag({ score }: { score: number }) {
  const label = useLabel();
  const level = matchLevel(score);
  return <Tag color={levelColours[level]}>{label(matchLevelLabels[level])}</Tag>;
}
