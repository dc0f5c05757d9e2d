import { Button, Card, Table, Typography } from 'antd';
import type { EnterpriseProfile } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orDash } from '../components/format';
import { ContactsForm } from './contacts-form';

type Contact = EnterpriseProfile['contacts'][number];

/** 联系人: contact people; numbers arrive masked from the server unless this viewer may see them in full. */
export function ContactsCard({ profile, canEdit, onSaved }: { profile: EnterpriseProfile; canEdit: boolean; onSaved(p: EnterpriseProfile): void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  // Saving replaces every contact, so masked values must never be sent back.
  const editable = canEdit && !profile.contactsMasked;
  return (
    <Card
      title={<h2 className="card-title">{t('profile.contacts')}</h2>}
      extra={editable && !editing ? <Button onClick={() => setEditing(true)}>{t('profile.editContacts')}</Button> : null}
    >
      {profile.contactsMasked && <Typography.Paragraph type="secondary">{t('profile.contactsMaskedNote')}</Typography.Paragraph>}
      {editing ? (
        <ContactsForm
          profile={profile}
          onDone={(p) => {
            setEditing(false);
            if (p) onSaved(p);
          }}
        />
      ) : (
        <Table<Contact>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={profile.contacts}
          locale={{ emptyText: t('profile.noContacts') }}
          scroll={{ x: true }}
          columns={[
            { title: t('profile.contactName'), dataIndex: 'name' },
            { title: t('profile.contactTitle'), dataIndex: 'title', render: orDash },
            { title: t('profile.contactPhone'), dataIndex: 'phone', render: orDash },
            { title: t('profile.contactIdNumber'), dataIndex: 'idNumber', render: orDash },
            { title: t('profile.contactEmail'), dataIndex: 'email', render: orDash },
          ]}
        />
      )}
    </Card>
  );
}
