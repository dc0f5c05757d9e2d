import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../api/client';

/**
 * Returns a handler that puts an API error where the user will see it: each `fields` entry on its
 * form field (dotted paths such as `enterprise.creditCode` become nested names), and the message
 * as a toast when some field is not on the form. A 401 is left to the unauthorised watcher, which
 * already sends the user to sign in.
 */
export function useApiError(form?: FormInstance) {
  const { message } = App.useApp();
  return useCallback(
    (err: unknown) => {
      if (!(err instanceof ApiError)) {
        void message.error(err instanceof Error ? err.message : String(err));
        return;
      }
      if (err.status === 401) return;
      const entries = Object.entries(err.fields);
      if (form && entries.length > 0) {
        const registered = new Set(form.getFieldsError().map((f) => f.name.join('.')));
        const known = entries.filter(([path]) => registered.has(path));
        form.setFields(known.map(([path, msg]) => ({ name: toNamePath(path), errors: [msg] })));
        // Every field is marked: the toast is only worth it when the message says more than they do.
        const saysMore = err.code !== 'validation' && !known.some(([, msg]) => msg === err.message);
        if (known.length === entries.length && !saysMore) return;
      }
      void message.error(err.message);
    },
    [form, message],
  );
}

/** `contacts.0.phone` → `['contacts', 0, 'phone']`, as Form.List names its fields. */
function toNamePath(path: string): (string | number)[] {
  return path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
