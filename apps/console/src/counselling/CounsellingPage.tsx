import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../components/useTitle.ts';
import { AvailabilityPanel } from './AvailabilityPanel.tsx';
import { BookingsPanel } from './BookingsPanel.tsx';
import { ScreeningsPanel } from './ScreeningsPanel.tsx';
import './counselling.css';

const TABS = ['screenings', 'bookings', 'availability'] as const;
type Tab = (typeof TABS)[number];

/** 心理康复 for counsellors: alerts and screenings, bookings with notes, bookable times. */
export default function CounsellingPage() {
  const { t } = useTranslation();
  useTitle(t('counselling.title'));
  const [params, setParams] = useSearchParams();
  const wanted = params.get('tab') as Tab | null;
  const tab: Tab = wanted && TABS.includes(wanted) ? wanted : 'screenings';
  return (
    <Card title={t('counselling.title')} size="small">
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'screenings' ? {} : { tab: k }, { replace: true })}
        items={[
          { key: 'screenings', label: t('counselling.tabs.screenings'), children: <ScreeningsPanel /> },
          { key: 'bookings', label: t('counselling.tabs.bookings'), children: <BookingsPanel /> },
          { key: 'availability', label: t('counselling.tabs.availability'), children: <AvailabilityPanel /> },
        ]}
      />
    </Card>
  );
}
