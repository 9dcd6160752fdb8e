import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDebounced } from './useDebounced.ts';

/**
 * A list page's filters kept in the URL (back, refresh and a shared link show the same list):
 * `set({ key: value })` writes them (an empty value removes one), `page` is the current page, and
 * the search box's text settles for 300 ms before it becomes `search`; typing starts again at page 1.
 */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const set = (patch: Record<string, string | undefined>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch))
          if (v) next.set(k, v);
          else next.delete(k);
        return next;
      },
      { replace: true },
    );
  const [q, setQ] = useState(params.get('q') ?? '');
  const search = useDebounced(q.trim(), 300);
  const typeSearch = (text: string) => {
    setQ(text);
    set({ q: text || undefined, page: undefined });
  };
  const page = Number(params.get('page') ?? 1) || 1;
  return { params, set, page, q, search, typeSearch };
}
