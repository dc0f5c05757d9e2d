import { Tag } from 'antd';
import type { PriceMode, TechContactStatus, TechPostStatus } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';

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
