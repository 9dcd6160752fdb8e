import { useCallback, useState } from 'react';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OrgUnit } from '@taobo/contracts';
import { api } from '../api.ts';

/** The org tree barely changes during a session. */
const ORG_STALE = 5 * 60_000;

export const orgChildrenQuery = (parentId: string | null) =>
  queryOptions({
    queryKey: ['org-units', 'children', parentId] as const,
    queryFn: ({ signal }) =>
      api.get('/api/org-units', { query: parentId ? { parentId } : undefined, signal }),
    staleTime: ORG_STALE,
  });

export const orgSearchQuery = (q: string) =>
  queryOptions({
    queryKey: ['org-units', 'search', q] as const,
    queryFn: ({ signal }) => api.get('/api/org-units', { query: { q }, signal }),
    staleTime: ORG_STALE,
    enabled: q.length > 0,
  });

export const orgDetailQuery = (id: string) =>
  queryOptions({
    queryKey: ['org-units', 'detail', id] as const,
    queryFn: ({ signal }) => api.get('/api/org-units/{id}', { params: { id }, signal }),
    staleTime: ORG_STALE,
  });

/**
 * The caller's root unit (or, with `rootId`, that unit's children) plus whatever children have
 * been expanded so far (lazy, one level per request).
 */
export function useOrgTree(rootId: string | null = null) {
  const queryClient = useQueryClient();
  const rootQuery = useQuery(orgChildrenQuery(rootId));
  const [loaded, setLoaded] = useState<{ rootId: string | null; children: Record<string, OrgUnit[]> }>({
    rootId,
    children: {},
  });
  // A new root starts a new tree: nothing expanded under the old one belongs to it.
  const children = loaded.rootId === rootId ? loaded.children : {};

  const loadChildren = useCallback(
    async (parentId: string) => {
      const units = await queryClient.fetchQuery(orgChildrenQuery(parentId));
      setLoaded((prev) => {
        const base = prev.rootId === rootId ? prev.children : {};
        return base[parentId] === units ? prev : { rootId, children: { ...base, [parentId]: units } };
      });
    },
    [queryClient, rootId],
  );

  return { rootQuery, roots: rootQuery.data, children, loadChildren };
}
