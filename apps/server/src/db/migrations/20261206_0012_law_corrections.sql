-- Issue 9: the law, corrected. Kinds every part of the fix needs, in one place.

-- Tasks: the officer's decision on a missed 报到 (条例 第十四条 "无正当理由"), the police's release
-- notice to record (条例 第二十三条, replacing the township "notify" task), and 批评教育 for an
-- ordinary violation (禁毒法 第三十五条).
ALTER TABLE tasks DROP CONSTRAINT tasks_kind_check;
UPDATE tasks SET kind = 'record_release_notice' WHERE kind = 'notify_release';
ALTER TABLE tasks ADD CONSTRAINT tasks_kind_check CHECK (kind IN (
  'report_to_police', 'record_release_notice', 'sign_agreement', 'report_overdue', 'decide_refusal',
  'educate', 'upload_review', 'checkin_missed', 'checkin_followup', 'leave_decision',
  'counselling_alert', 'assistance_review'));

-- Violations: a re-report after 变更执行地 missed (条例 第二十二条): after review, a violation of the
-- agreement, never 视为拒绝.
ALTER TABLE violations DROP CONSTRAINT violations_kind_check;
ALTER TABLE violations ADD CONSTRAINT violations_kind_check CHECK (kind IN (
  'evasion', 'departure', 'relapse', 'refusal', 'late_rereport', 'serious'));
