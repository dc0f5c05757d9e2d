import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../prefs/preferences';
import type { QuerySyntaxError } from './syntax-error';

/** Number of the character (1-based, counting code points) at a UTF-16 index, as the server counts. */
function characterNumber(text: string, index: number): number {
  return [...text.slice(0, index)].length + 1;
}

/**
 * A syntax error under the search box: the server's message, and the query again with the faulty
 * part marked (a caret after the end when the query stops too early).
 */
export function ErrorMarker({ id, query, error }: { id: string; query: string; error: QuerySyntaxError }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const start = Math.min(error.position, query.length);
  const end = Math.min(start + error.length, query.length);
  const atEnd = start >= query.length;
  // The server writes Chinese; in English the code's own text leads and the server's message follows.
  const title =
    language === 'en' && error.code ? (
      <>
        {t('search.errorAtWhat', { n: characterNumber(query, start), what: t(`queryErrors.${error.code}`) })}
        <span className="query-error-source" lang="zh-CN">
          {error.message}
        </span>
      </>
    ) : (
      error.message
    );
  return (
    <Alert
      id={id}
      type="error"
      role="alert"
      showIcon
      className="query-error"
      title={title}
      description={
        query ? (
          <>
            <span className="visually-hidden">{t('search.errorAt', { n: characterNumber(query, start) })}</span>
            <pre className="mono query-error-text" aria-hidden="true">
              {query.slice(0, start)}
              {atEnd ? (
                <mark className="query-error-mark query-error-caret"> </mark>
              ) : (
                <mark className="query-error-mark">{query.slice(start, Math.max(end, start + 1))}</mark>
              )}
              {query.slice(Math.max(end, start + 1))}
            </pre>
          </>
        ) : undefined
      }
    />
  );
}
