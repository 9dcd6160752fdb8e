-- Issue 9, absences (戒毒条例 第十九条、第二十条; 民法典 第二百零一条).
--
-- 1. Leaving the county for 3 days or more needs a written report, not permission. A leave request
--    is now a report by default (mode 'report': 已报告 → 已知悉); a county whose agreement adds an
--    approval step (local policy) sets leave_policies.approval_required and keeps the workflow
--    (mode 'approval': 待审批 → 已同意 / 不同意 …). Requests made before this migration were made
--    under the approval workflow and keep it.
-- 2. Absence days are counted as the law counts periods: the day of leaving is not counted. An
--    overstay's unreported absence now starts on the reported day of return (not counted) instead
--    of the day after, so its days stay the same under the new count.
-- 3. Departures recorded under the old count (both ends counted) that are now shorter than 3 days
--    were never 擅自离开: excused, with the reason, rather than deleted.

CREATE TABLE leave_policies (
  county_id          text PRIMARY KEY REFERENCES org_units (id),
  approval_required  boolean NOT NULL,
  updated_at         timestamptz NOT NULL,
  updated_by         uuid REFERENCES staff (id)
);

ALTER TABLE leave_requests ADD COLUMN mode text NOT NULL DEFAULT 'report' CHECK (mode IN ('report', 'approval'));
UPDATE leave_requests SET mode = 'approval';

ALTER TABLE leave_requests DROP CONSTRAINT leave_requests_status_check;
ALTER TABLE leave_requests ADD CONSTRAINT leave_requests_status_check CHECK (status IN (
  'reported', 'acknowledged', 'pending', 'approved', 'refused', 'extension', 'overdue', 'lapsed', 'closed'));
ALTER TABLE leave_requests DROP CONSTRAINT leave_requests_extension_decision_check;
ALTER TABLE leave_requests ADD CONSTRAINT leave_requests_extension_decision_check
  CHECK (extension_decision IN ('approved', 'refused', 'acknowledged'));

DROP INDEX leave_requests_open_idx;
CREATE INDEX leave_requests_open_idx ON leave_requests (status)
  WHERE status IN ('reported', 'acknowledged', 'pending', 'extension', 'approved', 'overdue', 'lapsed');

UPDATE absences SET from_date = from_date - 1
  WHERE source = 'leave_request' AND reported = false;

UPDATE violations v SET
  status = 'excused',
  reason = '按民法典第二百零一条重新计算（离开当日不计入），外出不足3日，无须书面报告，不属擅自离开',
  decided_at = now()
FROM absences a
WHERE v.absence_id = a.id AND v.kind = 'departure' AND v.status <> 'excused'
  AND a.to_date - a.from_date < 3;
