-- Issue 10, item 3: a duplicate ID number or phone on a file the caller cannot see is not named to
-- them; it opens a review task for the city office (duplicate_review) on the file it matched.
ALTER TABLE tasks DROP CONSTRAINT tasks_kind_check;
ALTER TABLE tasks ADD CONSTRAINT tasks_kind_check CHECK (kind IN (
  'report_to_police', 'record_release_notice', 'sign_agreement', 'report_overdue', 'decide_refusal',
  'educate', 'upload_review', 'checkin_missed', 'checkin_followup', 'leave_decision',
  'counselling_alert', 'assistance_review', 'duplicate_review'));
