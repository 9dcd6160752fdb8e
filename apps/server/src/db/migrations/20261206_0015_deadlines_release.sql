-- Issue 9: holidays in every legal deadline, the officer's decision on a missed 报到, transfers and
-- the police's release notice.

-- 民法典 第二百零三条: the official holiday schedule comes from the chinese-days package; a year it
-- does not know yet is entered here by an administrator (each change audited).
CREATE TABLE calendar_days (
  date        date PRIMARY KEY,
  kind        text NOT NULL CHECK (kind IN ('rest', 'work')),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 20),
  created_at  timestamptz NOT NULL,
  created_by  uuid REFERENCES staff (id)
);

-- What the 报到 deadline counts from: the decision (条例 第十四条/第三十八条), a transfer (第二十二条),
-- a release from custody before 报到 (第二十四条), or an officer's extension for good reason.
ALTER TABLE measures
  ADD COLUMN report_deadline_basis text NOT NULL DEFAULT 'decision'
    CHECK (report_deadline_basis IN ('decision', 'transfer', 'release', 'extension')),
  ADD COLUMN report_deadline_from date,
  ADD COLUMN report_deadline_reason text,
  -- The 报到 deadline passed without a report (flagged once per deadline by the sweep). For a first
  -- 报到 it makes a refusal candidate for the officer to decide (条例 第十四条 "无正当理由"); after
  -- a transfer only an overdue re-report (第二十二条).
  ADD COLUMN report_overdue boolean NOT NULL DEFAULT false,
  -- 条例 第二十二条: the day the execution place last changed.
  ADD COLUMN transferred_on date,
  -- 条例 第二十三条: the police's 解除社区戒毒通知书 as the township recorded it.
  ADD COLUMN release_notice_no text,
  ADD COLUMN release_notice_date date,
  ADD COLUMN release_notice_issuer text,
  ADD COLUMN release_notice_recorded_at timestamptz,
  ADD COLUMN release_notice_recorded_by uuid REFERENCES staff (id);

UPDATE measures SET report_deadline_from = received_date;

-- The sweep looks for deadlines passed that are not yet candidates.
CREATE INDEX measures_late_report_idx ON measures (report_deadline)
  WHERE status = 'pending_report' AND NOT report_overdue;
