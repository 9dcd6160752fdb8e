import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Measure } from '@taobo/contracts';
import { measureStatusLabels, measureTypeLabels } from '@taobo/domain';
import { useLabel } from '../i18n/labels.ts';
import { personMeasuresQuery } from './measureQueries.ts';

/**
 * The person's measures and the one the tests and violations tabs show: `?measure=` when set,
 * else the newest (the current one, or the last one when none is live).
 */
export function useSelectedMeasure(personId: string) {
  const query = useQuery(personMeasuresQuery(personId));
  const [params, setParams] = useSearchParams();
  const measures = query.data ?? [];
  const wanted = params.get('measure');
  const selected = measures.find((m) => m.id === wanted) ?? measures[0] ?? null;
  const select = (id: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (id === measures[0]?.id) next.delete('measure');
        else next.set('measure', id);
        return next;
      },
      { replace: true },
    );
  return { query, measures, selected, select };
}

/** Shown only when there is more than one measure to choose from. */
export function MeasurePicker({
  measures,
  selected,
  onSelect,
}: {
  measures: Measure[];
  selected: Measure | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  if (measures.length < 2 || !selected) return null;
  return (
    <Select
      size="small"
      aria-label={t('supervision.measurePicker')}
      data-testid="measure-picker"
      style={{ minWidth: 280 }}
      value={selected.id}
      onChange={onSelect}
      options={measures.map((m) => ({
        value: m.id,
        label: t('supervision.measureOption', {
          type: label(measureTypeLabels, m.type),
          no: m.decisionNo,
          status: label(measureStatusLabels, m.status),
        }),
      }))}
    />
  );
}
