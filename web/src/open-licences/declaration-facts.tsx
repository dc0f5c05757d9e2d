import { Card, Descriptions, Tag } from 'antd';
import type { OpenLicenceDeclaration } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { orDash } from '../components/format';
import { usePreferences } from '../prefs/preferences';
import { paymentLabel, statusColours, statusLabel } from './labels';

/**
 * The declaration as the catalogue shows it: patent, patentee, fee standard, term, terms, CNIPA's announcement,
 * the annual-fee reduction while it stands and the art. 52 dispute path.
 */
export function DeclarationFacts({ d, patentLink }: { d: OpenLicenceDeclaration; patentLink: boolean }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  return (
    <Card>
      <Descriptions
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'status', label: t('ol.status'), children: <Tag color={statusColours[d.status]}>{statusLabel(d.status, lang)}</Tag> },
          { key: 'patent', label: t('ol.patent'), children: patentLink ? <Link to={`/patents/${d.patent.id}`}>{d.patent.title}</Link> : d.patent.title },
          { key: 'appNo', label: t('ol.appNo'), children: d.patent.appNo },
          { key: 'ipc', label: t('ol.ipc'), children: orDash(d.patent.mainIpc) },
          { key: 'patentee', label: t('ol.patentee'), children: d.patentee.name },
          { key: 'region', label: t('ol.region'), children: orDash(d.regionName) },
          { key: 'fee', label: t('ol.fee'), children: d.feeText },
          { key: 'pay', label: t('ol.paymentMethod'), children: paymentLabel(d.paymentMethod, lang) },
          { key: 'term', label: t('ol.term'), children: t('ol.years', { count: d.termYears }) },
          {
            key: 'announcement',
            label: t('ol.announcementNo'),
            children: d.cnipaAnnouncement ? `${d.cnipaAnnouncement.number}（${d.cnipaAnnouncement.date}）` : t('ol.notAnnounced'),
          },
          ...(d.withdrawalAnnouncement
            ? [
                {
                  key: 'withdrawal',
                  label: t('ol.withdrawalAnnouncement'),
                  children: `${d.withdrawalAnnouncement.number}（${d.withdrawalAnnouncement.date}）`,
                },
              ]
            : []),
          {
            key: 'reduction',
            label: t('ol.feeReduction'),
            children: d.feeReduction
              ? t('ol.feeReductionText', { percent: d.feeReduction.percent, basis: d.feeReduction.basis, since: d.feeReduction.since })
              : t('ol.feeReductionNone'),
          },
          { key: 'licences', label: t('ol.licences'), children: d.licenceCount },
          { key: 'other', label: t('ol.otherTerms'), children: orDash(d.otherTerms) },
          ...(d.reviewNote ? [{ key: 'note', label: t('ol.reviewNote'), children: d.reviewNote }] : []),
          { key: 'dispute', label: t('ol.dispute'), children: t('ol.disputeSteps'), span: 'filled' as const },
        ]}
      />
    </Card>
  );
}
