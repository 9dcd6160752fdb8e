-- 严重违反协议 (条例 第二十条) weighs every violation of a measure; the daily sweep asks it for every
-- executing measure, so at national scale it needs the measure's violations by index (found by
-- `BENCH=sweep npm run bench` at 200,000 measures).
CREATE INDEX violations_measure_idx ON violations (measure_id, date);
