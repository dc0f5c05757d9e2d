import { Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useState, type ReactNode } from 'react';
import { useApiError } from '../components/use-api-error';

/**
 * A download button: a plain link for a short query (no script needed, the address can be copied), and a POST
 * download for a long one, whose address would be too long for the server or a proxy.
 */
export function ExportButton({ href, long, download, children }: { href: string; long: boolean; download: () => Promise<void>; children: ReactNode }) {
  const onError = useApiError();
  const [busy, setBusy] = useState(false);
  if (!long)
    return (
      <Button icon={<DownloadOutlined aria-hidden="true" />} href={href} download>
        {children}
      </Button>
    );
  return (
    <Button
      icon={<DownloadOutlined aria-hidden="true" />}
      loading={busy}
      onClick={() => {
        setBusy(true);
        download()
          .catch(onError)
          .finally(() => setBusy(false));
      }}
    >
      {children}
    </Button>
  );
}
