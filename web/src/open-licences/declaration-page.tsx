import { Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { fetchDeclaration } from '../api/open-licences';
import { queryKeys } from '../api/query-keys';
import { QueryState } from '../components/query-state';
import { DeclarationActions } from './declaration-actions';
import { DeclarationFacts } from './declaration-facts';
import { AttachmentList } from '../workflow/attachment-list';
import { WorkflowPanel } from '../workflow/workflow-panel';

/** 开放许可声明: the declaration, where it stands in review (the workflow diagram), its attachments and the next steps. */
export function DeclarationPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const query = useQuery({ queryKey: [...queryKeys.openLicences, 'declaration', id], queryFn: () => fetchDeclaration(id) });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <QueryState query={query}>
        {(d) => (
          <>
            <Typography.Title level={1}>{`${t('ol.declaration')}：${d.patent.title}`}</Typography.Title>
            <DeclarationActions d={d} />
            <DeclarationFacts d={d} patentLink />
            <WorkflowPanel recordType="open_licence_declaration" id={d.id} />
            <AttachmentList recordType="open_licence_declaration" id={d.id} />
          </>
        )}
      </QueryState>
    </Space>
  );
}
