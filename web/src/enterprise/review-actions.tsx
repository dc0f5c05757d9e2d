import { App, Button, Card, Form, Input, Popconfirm, Space } from 'antd';
import { useMutation } from '@tanstack/react-query';
import type { EnterpriseProfile } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { approveEnterprise, rejectEnterprise } from '../api/enterprises';
import { useApiError } from '../components/use-api-error';

/** 审核通过 / 驳回 for bureau staff; a rejection needs a reason the enterprise will read. */
export function ReviewActions({ profile, onReviewed }: { profile: EnterpriseProfile; onReviewed(p: EnterpriseProfile): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [rejecting, setRejecting] = useState(false);
  const onError = useApiError(form);
  const approve = useMutation({
    mutationFn: () => approveEnterprise(profile.id),
    onSuccess: (p) => {
      void message.success(t('review.approved'));
      onReviewed(p);
    },
    onError,
  });
  const reject = useMutation({
    mutationFn: (reason: string) => rejectEnterprise(profile.id, reason),
    onSuccess: (p) => {
      void message.success(t('review.rejected'));
      onReviewed(p);
    },
    onError,
  });
  const busy = approve.isPending || reject.isPending;
  return (
    <Card title={<h2 className="card-title">{t('review.actions')}</h2>} className="review-actions">
      <Space wrap>
        <Popconfirm
          title={t('review.approve')}
          description={t('review.approveConfirm')}
          okText={t('action.confirm')}
          cancelText={t('action.cancel')}
          onConfirm={() => approve.mutate()}
        >
          <Button type="primary" loading={approve.isPending} disabled={busy}>
            {t('review.approve')}
          </Button>
        </Popconfirm>
        {!rejecting && (
          <Button danger disabled={busy} onClick={() => setRejecting(true)}>
            {t('review.reject')}
          </Button>
        )}
      </Space>
      {rejecting && (
        <Form name="reject" form={form} layout="vertical" className="reject-form" disabled={busy} onFinish={(v) => reject.mutate(v.reason)}>
          <Form.Item
            name="reason"
            label={t('review.rejectReason')}
            extra={t('review.rejectReasonHint')}
            rules={[
              { required: true, whitespace: true, message: t('common.required', { field: t('review.rejectReason') }) },
              { min: 2, max: 500 },
            ]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
          <Space>
            <Button danger type="primary" htmlType="submit" loading={reject.isPending}>
              {t('review.rejectSubmit')}
            </Button>
            <Button onClick={() => setRejecting(false)}>{t('action.cancel')}</Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}
