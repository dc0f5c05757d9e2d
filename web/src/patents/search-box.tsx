import { Button, Input } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuerySyntaxError } from './syntax-error';
import { ErrorMarker } from './error-marker';

interface SearchBoxProps {
  /** The query of the search shown; the box shows it again whenever it changes (a link, an example, a facet). */
  query: string;
  onSearch(q: string): void;
  error: QuerySyntaxError | null;
  loading?: boolean;
}

/** The command-line search box (检索式): monospace, large; Enter searches, Shift+Enter breaks the line. */
export function SearchBox({ query, onSearch, error, loading }: SearchBoxProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(query);
  const [shown, setShown] = useState(query);
  // Adjust during render (not in an effect), so the box never paints the previous query; focus stays in it.
  if (shown !== query) {
    setShown(query);
    setDraft(query);
  }
  const submit = () => onSearch(draft);
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  };
  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label htmlFor="patent-query" className="search-box-label">
        {t('search.queryLabel')}
      </label>
      <div className="search-box-row">
        <Input.TextArea
          id="patent-query"
          className="mono search-box-input"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          autoSize={{ minRows: 1, maxRows: 5 }}
          placeholder={t('search.placeholder')}
          spellCheck={false}
          status={error ? 'error' : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'patent-query-error' : 'patent-query-hint'}
        />
        <Button type="primary" size="large" htmlType="submit" icon={<SearchOutlined aria-hidden="true" />} loading={loading}>
          {t('search.submit')}
        </Button>
      </div>
      {error ? (
        <ErrorMarker id="patent-query-error" query={query} error={error} />
      ) : (
        <p id="patent-query-hint" className="search-box-hint">
          {t('search.hint')}
        </p>
      )}
    </form>
  );
}
