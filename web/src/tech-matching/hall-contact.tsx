import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import type { ContactCard } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { contactDemandPoster, createContact } from '../api/tech';
import { useApiError } from '../components/use-api-error';
import { hasPermission, useSession } from '../session/use-session';

/** A posting in a hall: a supply listing or a demand. */
export interface HallPosting {
  kind: 'listing' | 'demand';
  id: number;
  title: string;
  /** The viewer's own organisation posted it. */
  mine: boolean;
}

/**
 * The contact action of a hall row (联系发布方). A signed-in organisation that may post (enterprises,
 * universities) writes a message and chooses the contact details the poster will see; the platform
 * notifies the poster and opens the thread. An anonymous visitor is asked to sign in and comes back here.
 * Own postings and organisations that cannot take part say so instead.
 */
export function HallContactButton({ posting }: { posting: HallPosting }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const user = useSession().data?.user ?? null;
  const [open, setOpen] = useState(false);
  const label = t(posting.kind === 'demand' ? 'tech.contactPoster' : 'tech.contactSupplier');
  if (!user)
    return (
      <Button
        aria-label={`${t('tech.signInToContact')}：${posting.title}`}
        onClick={() => void navigate('/login', { state: { from: pathname + search, message: t('tech.signInToContactWhy') } })}
      >
        {t('tech.signInToContact')}
      </Button>
    );
  if (posting.mine) return <Typography.Text type="secondary">{t('tech.ownPosting')}</Typography.Text>;
  if (!hasPermission(user, 'tech.post')) return <Typography.Text type="secondary">{t('tech.contactNotForYou')}</Typography.Text>;
  return (
    <>
      <Button aria-label={`${label}：${posting.title}`} onClick={() => setOpen(true)}>
        {label}
      </Button>
      {open && <HallContactModal posting={posting} defaultName={user.displayName} onClose={() => setOpen(false)} />}
    </>
  );
}

interface Values {
  message: string;
  name: string;
  phone?: string;
  email?: string;
}

function HallContactModal({ posting, defaultName, onClose }: { posting: HallPosting; defaultName: string; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const onError = useApiError(form);
  const send = useMutation({
    mutationFn: (v: Values) => {
      const contact: ContactCard = { name: v.name, ...(v.phone ? { phone: v.phone } : {}), ...(v.email ? { email: v.email } : {}) };
      return posting.kind === 'demand'
        ? contactDemandPoster(posting.id, { message: v.message, contact })
        : createContact({ listingId: posting.id, message: v.message, contact });
    },
    onSuccess: (c) => {
      void message.success(t('tech.contactSent'));
      onClose();
      void navigate(`/tech/contacts/${c.id}`);
    },
    onError,
  });
  const oneWay = ({ getFieldValue }: { getFieldValue(name: string): unknown }) => ({
    validator: () => (getFieldValue('phone') || getFieldValue('email') ? Promise.resolve() : Promise.reject(new Error(t('tech.contactOneWay')))),
  });
  return (
    <Modal
      open
      title={t(posting.kind === 'demand' ? 'tech.contactPosterTitle' : 'tech.contactTitle', { subject: posting.title })}
      okText={t('tech.send')}
      cancelText={t('action.cancel')}
      confirmLoading={send.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('tech.contactPrivacy')}</Typography.Paragraph>
      <Form name="hall-contact" form={form} layout="vertical" initialValues={{ name: defaultName }} onFinish={(v) => send.mutate(v)}>
        <Form.Item
          name="message"
          label={t('tech.message')}
          rules={[{ required: true, min: 2, max: 2000, message: t('common.required', { field: t('tech.message') }) }]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('tech.contactName')}
          rules={[{ required: true, max: 50, message: t('common.required', { field: t('tech.contactName') }) }]}
        >
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item name="phone" label={t('tech.contactPhone')} dependencies={['email']} rules={[oneWay]}>
          <Input autoComplete="tel" inputMode="tel" />
        </Form.Item>
        <Form.Item name="email" label={t('tech.contactEmail')} dependencies={['phone']} rules={[{ type: 'email', message: t('tech.contactEmailBad') }]}>
          <Input autoComplete="email" inputMode="email" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
