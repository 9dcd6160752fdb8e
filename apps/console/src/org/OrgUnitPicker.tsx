import { useMemo, useState } from 'react';
import { Spin, TreeSelect, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { orgLevelLabels, type OrgLevel, type OrgUnit, type Ref } from '@taobo/contracts';
import { useDebounced } from '../components/useDebounced.ts';
import { useLabel } from '../i18n/labels.ts';
import { orgDetailQuery, orgSearchQuery, useOrgTree } from './orgQueries.ts';

interface Props {
  /** Form.Item passes these three. */
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Only units at these levels can be picked (others still expand). Default: all. */
  levels?: readonly OrgLevel[];
  /** Browse and search only below this unit (e.g. grids of the chosen township). */
  rootId?: string | null;
  /** The name of the current value when the caller already knows it (saves a request). */
  known?: Ref | null;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: React.CSSProperties;
  'data-testid'?: string;
}

interface PickerNode {
  id: string;
  pId: string | null;
  value: string;
  title: React.ReactNode;
  /** Shown in the select box once picked (the title carries the level too). */
  plainName: string;
  isLeaf: boolean;
  selectable: boolean;
}

/**
 * An org unit select: browse the tree lazily (one level per `?parentId=` request) or type to
 * search the caller's subtree (`?q=`).
 */
export function OrgUnitPicker({
  id,
  value,
  onChange,
  levels,
  rootId = null,
  known,
  placeholder,
  allowClear = true,
  disabled,
  style,
  ...rest
}: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const results = useQuery(orgSearchQuery(q));
  const { roots, children, loadChildren } = useOrgTree(rootId);
  const [picked, setPicked] = useState<Ref | null>(null);

  const names = new Map(
    [...(roots ?? []), ...Object.values(children).flat(), ...(results.data ?? [])].map((u) => [u.id, u.name]),
  );
  const canPick = (level: OrgLevel) => !levels || levels.includes(level);
  const toNode = (u: OrgUnit, flat: boolean): PickerNode => ({
    id: u.id,
    pId: flat ? null : u.parentId,
    value: u.id,
    isLeaf: flat || u.childCount === 0,
    selectable: canPick(u.level),
    plainName: u.name,
    title: (
      <span style={canPick(u.level) ? undefined : { color: '#8c8c8c' }}>
        {u.name}
        <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
          {label(orgLevelLabels, u.level)}
          {/* A flat hit like 第一网格 needs its parent to be told apart. */}
          {flat && u.parentId ? ` · ${names.get(u.parentId) ?? u.parentId}` : ''}
        </Typography.Text>
      </span>
    ),
  });

  const searching = search.trim().length > 0;
  // The server searches the caller's whole subtree (at most 50 hits); below `rootId` keep those hits
  // that lie inside it, plus matches among the units already loaded here.
  const inScope = useMemo(() => {
    if (!rootId) return results.data ?? [];
    const inside = (results.data ?? []).filter((u) => u.id !== rootId && u.path.split('/').includes(rootId));
    const needle = q.toLowerCase();
    const local = needle
      ? [...(roots ?? []), ...Object.values(children).flat()].filter((u) =>
          u.name.toLowerCase().includes(needle),
        )
      : [];
    const seen = new Set<string>();
    return [...local, ...inside].filter((u) => !seen.has(u.id) && Boolean(seen.add(u.id)));
  }, [results.data, rootId, q, roots, children]);

  const treeData = useMemo(() => {
    if (searching) return inScope.map((u) => toNode(u, true));
    const all = [...(roots ?? []), ...Object.values(children).flat()];
    return all.map((u) => toNode(u, false));
    // toNode only depends on label and levels
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [searching, inScope, roots, children, label, levels]);

  // The name shown for the current value: from what the user picked, the caller, the loaded tree, or one look-up.
  const loadedName = useMemo(() => {
    if (!value) return undefined;
    if (picked?.id === value) return picked.name;
    if (known?.id === value) return known.name;
    const all = [...(roots ?? []), ...Object.values(children).flat(), ...(results.data ?? [])];
    return all.find((u) => u.id === value)?.name;
  }, [value, picked, known, roots, children, results.data]);
  const detail = useQuery({
    ...orgDetailQuery(value ?? ''),
    enabled: Boolean(value) && loadedName === undefined,
  });
  const name = loadedName ?? detail.data?.name ?? value ?? undefined;

  return (
    <TreeSelect<{ value: string; label: React.ReactNode } | undefined>
      id={id}
      data-testid={rest['data-testid']}
      style={{ width: '100%', ...style }}
      disabled={disabled}
      allowClear={allowClear}
      placeholder={placeholder ?? t('org.pickerPlaceholder')}
      labelInValue
      value={value ? { value, label: name } : undefined}
      onChange={(next) => {
        if (!next) {
          setPicked(null);
          onChange?.(null);
          return;
        }
        const unitName = typeof next.label === 'string' ? next.label : findName(next.value);
        setPicked({ id: next.value, name: unitName ?? next.value });
        setSearch('');
        onChange?.(next.value);
      }}
      treeDataSimpleMode={{ id: 'id', pId: 'pId' }}
      treeData={treeData}
      treeNodeLabelProp="plainName"
      loadData={searching ? undefined : (node) => loadChildren(String(node.value))}
      showSearch={{
        searchValue: search,
        onSearch: setSearch,
        filterTreeNode: false,
        autoClearSearchValue: true,
      }}
      notFoundContent={searching && results.isFetching ? <Spin size="small" /> : undefined}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 320, maxHeight: 420 } } }}
    />
  );

  function findName(unitId: string): string | undefined {
    const all = [...(roots ?? []), ...Object.values(children).flat(), ...(results.data ?? [])];
    return all.find((u) => u.id === unitId)?.name;
  }
}
