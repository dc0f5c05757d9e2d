import { Checkbox, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parsePastedRows, type EditRow } from './concordance-rows';

/** Paste rows copied from Excel/WPS (产业代码, 产业名称, IPC), added on top of the table or replacing it. */
export function PasteRowsModal({ onPaste, onClose }: { onPaste(rows: EditRow[], replace: boolean): void; onClose(): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [replace, setReplace] = useState(false);
  const rows = parsePastedRows(text);
  return (
    <Modal
      open
      title={t('highValue.pasteTitle')}
      okText={t('highValue.pasteOk', { count: rows.length })}
      cancelText={t('action.cancel')}
      okButtonProps={{ disabled: rows.length === 0 }}
      onOk={() => onPaste(rows, replace)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('highValue.pasteHint')}</Typography.Paragraph>
      <label htmlFor="paste-rows" className="visually-hidden">
        {t('highValue.pasteTitle')}
      </label>
      <Input.TextArea
        id="paste-rows"
        className="mono"
        rows={8}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={'1.1.1\t新一代移动通信网络服务\tH04W'}
      />
      <Checkbox checked={replace} onChange={(e) => setReplace(e.target.checked)} className="paste-replace">
        {t('highValue.pasteReplace')}
      </Checkbox>
    </Modal>
  );
}
