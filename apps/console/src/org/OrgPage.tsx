import { useMemo, useState, type Key } from 'react';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Input,
  Row,
  Skeleton,
  Table,
  Tag,
  Tree,
  Typography,
} from 'antd';
import type { TreeDataNode } from 'antd';
import { SolutionOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { orgLevelLabels, type OrgUnit } from '@taobo/contracts';
import { errorMessage } from '../api.ts';
import { useCan } from '../auth/session.ts';
import { useDebounced } from '../components/useDebounced.ts';
import { useTitle } from '../components/useTitle.ts';
import { useLabel } from '../i18n/labels.ts';
import { orgDetailQuery, orgSearchQuery, useOrgTree } from './orgQueries.ts';

function OrgDetail({ id, onSelect }: { id: string; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const can = useCan();
  const navigate = useNavigate();
  const detail = useQuery(orgDetailQuery(id));

  if (detail.isPending) return <Skeleton active />;
  if (detail.isError) return <Alert type="error" showIcon title={errorMessage(detail.error)} />;
  const unit = detail.data;
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={unit.ancestors.map((a) =>
          a.id === unit.id
            ? { title: a.name }
            : {
                title: (
                  <a
                    href={`/org?unit=${a.id}`}
                    onClick={(e) => {
                      e.preventDefault();
                      onSelect(a.id);
                    }}
                  >
                    {a.name}
                  </a>
                ),
              },
        )}
      />
      <Descriptions
        size="small"
        bordered
        column={1}
        data-testid="org-detail"
        items={[
          {
            key: 'name',
            label: t('org.name'),
            children: <Typography.Text strong>{unit.name}</Typography.Text>,
          },
          { key: 'level', label: t('org.level'), children: label(orgLevelLabels, unit.level) },
          {
            key: 'code',
            label: t('org.code'),
            children: (
              <Typography.Text copyable code>
                {unit.id}
              </Typography.Text>
            ),
          },
          { key: 'path', label: t('org.path'), children: unit.ancestors.map((a) => a.name).join(' / ') },
          { key: 'children', label: t('org.childCount'), children: unit.childCount },
        ]}
      />
      {can('person:read') && (
        <Button
          type="primary"
          icon={<SolutionOutlined aria-hidden />}
          style={{ marginTop: 12 }}
          onClick={() => void navigate(`/persons?orgUnitId=${encodeURIComponent(unit.id)}`)}
        >
          {t('org.viewPersons')}
        </Button>
      )}
    </>
  );
}

export default function OrgPage() {
  const { t } = useTranslation();
  const label = useLabel();
  useTitle(t('org.title'));
  const [params, setParams] = useSearchParams();
  const selected = params.get('unit');
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const results = useQuery(orgSearchQuery(q));
  const { rootQuery, roots, children, loadChildren } = useOrgTree();
  const [expanded, setExpanded] = useState<Key[] | null>(null);

  const select = (id: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set('unit', id);
      return next;
    });

  const treeData = useMemo(() => {
    const build = (units: OrgUnit[]): TreeDataNode[] =>
      units.map((u) => ({
        key: u.id,
        isLeaf: u.childCount === 0,
        title: (
          <span>
            {u.name}
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
              {label(orgLevelLabels, u.level)}
              {u.childCount > 0 ? ` · ${u.childCount}` : ''}
            </Typography.Text>
          </span>
        ),
        children: children[u.id] ? build(children[u.id] ?? []) : undefined,
      }));
    return build(roots ?? []);
  }, [roots, children, label]);

  // The caller's own unit starts open.
  const expandedKeys = expanded ?? (roots ?? []).map((u) => u.id);

  return (
    <Row gutter={12}>
      <Col xs={24} lg={10} xl={8}>
        <Card size="small" title={t('org.title')} styles={{ body: { padding: 8 } }}>
          <Input.Search
            id="org-search"
            name="q"
            allowClear
            placeholder={t('org.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ marginBottom: 8 }}
          />
          {q ? (
            <Table<OrgUnit>
              size="small"
              rowKey="id"
              loading={results.isFetching}
              dataSource={results.data ?? []}
              pagination={false}
              showHeader={false}
              locale={{ emptyText: results.isError ? errorMessage(results.error) : t('org.noResults') }}
              onRow={(u) => ({ onClick: () => select(u.id), style: { cursor: 'pointer' } })}
              rowClassName={(u) => (u.id === selected ? 'ant-table-row-selected' : '')}
              columns={[
                { key: 'name', dataIndex: 'name' },
                { key: 'level', width: 110, render: (_, u) => <Tag>{label(orgLevelLabels, u.level)}</Tag> },
                {
                  key: 'id',
                  dataIndex: 'id',
                  width: 130,
                  render: (id: string) => <Typography.Text type="secondary">{id}</Typography.Text>,
                },
              ]}
            />
          ) : rootQuery.isPending ? (
            <Skeleton active />
          ) : rootQuery.isError ? (
            <Alert type="error" showIcon title={errorMessage(rootQuery.error)} />
          ) : (
            <Tree
              data-testid="org-tree"
              blockNode
              showLine
              height={640}
              treeData={treeData}
              expandedKeys={expandedKeys}
              onExpand={(keys) => setExpanded(keys)}
              selectedKeys={selected ? [selected] : []}
              onSelect={(keys) => {
                const key = keys[0];
                if (key !== undefined) select(String(key));
              }}
              loadData={(node) => loadChildren(String(node.key))}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={14} xl={16}>
        <Card size="small" title={selected ? undefined : t('org.title')}>
          {selected ? (
            <OrgDetail id={selected} onSelect={select} />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.selectHint')} />
          )}
        </Card>
      </Col>
    </Row>
  );
}
