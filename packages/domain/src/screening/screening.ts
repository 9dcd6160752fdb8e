/**
 * Self-screening questionnaires: PHQ-9 (depression) and GAD-7 (anxiety), the public-domain
 * Patient Health Questionnaire family (Kroenke, Spitzer & Williams). Each item is answered
 * 0–3 for "over the last 2 weeks": 0 完全不会, 1 有几天, 2 一半以上的天数, 3 几乎每天.
 */
export type Instrument = 'phq9' | 'gad7';

export type Phq9Severity = 'minimal' | 'mild' | 'moderate' | 'moderately_severe' | 'severe';
export type Gad7Severity = 'minimal' | 'mild' | 'moderate' | 'severe';
export type Severity = Phq9Severity | Gad7Severity;

export const ITEM_COUNT: Record<Instrument, number> = { phq9: 9, gad7: 7 };
export const MAX_ITEM_SCORE = 3;

/** PHQ-9 item 9: "thoughts that you would be better off dead or of hurting yourself". */
export const PHQ9_SELF_HARM_ITEM = 9;

export interface ScreeningResult {
  instrument: Instrument;
  total: number;
  severity: Severity;
  /** A result a counsellor must follow up now. */
  alert: boolean;
  /** Why it alerts, for the counsellor: 'severe_score' and/or 'self_harm_thoughts'. */
  alertReasons: ('severe_score' | 'self_harm_thoughts')[];
}

export type ScreeningCheck = { ok: true } | { ok: false; message: string };

/** The answers must be exactly the instrument's items, each an integer 0–3. */
export function checkAnswers(instrument: Instrument, answers: readonly number[]): ScreeningCheck {
  const n = ITEM_COUNT[instrument];
  if (answers.length !== n) return { ok: false, message: `应回答全部 ${n} 题` };
  const bad = answers.findIndex((a) => !Number.isInteger(a) || a < 0 || a > MAX_ITEM_SCORE);
  if (bad >= 0) return { ok: false, message: `第 ${bad + 1} 题的答案应为 0–3` };
  return { ok: true };
}

/** PHQ-9 bands: 0–4 none/minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe. */
export function phq9Severity(total: number): Phq9Severity {
  if (total <= 4) return 'minimal';
  if (total <= 9) return 'mild';
  if (total <= 14) return 'moderate';
  if (total <= 19) return 'moderately_severe';
  return 'severe';
}

/** GAD-7 bands: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe. */
export function gad7Severity(total: number): Gad7Severity {
  if (total <= 4) return 'minimal';
  if (total <= 9) return 'mild';
  if (total <= 14) return 'moderate';
  return 'severe';
}

/**
 * Scores a completed questionnaire. Alerts (our policy, the instruments' own guidance):
 * PHQ-9 ≥ 20, or any answer above 0 on item 9 (self-harm thoughts) whatever the total;
 * GAD-7 ≥ 15. Throws on answers `checkAnswers` refuses.
 */
export function scoreScreening(instrument: Instrument, answers: readonly number[]): ScreeningResult {
  const check = checkAnswers(instrument, answers);
  if (!check.ok) throw new RangeError(check.message);
  const total = answers.reduce((a, b) => a + b, 0);
  const alertReasons: ScreeningResult['alertReasons'] = [];
  let severity: Severity;
  if (instrument === 'phq9') {
    severity = phq9Severity(total);
    if (severity === 'severe') alertReasons.push('severe_score');
    if (answers[PHQ9_SELF_HARM_ITEM - 1]! > 0) alertReasons.push('self_harm_thoughts');
  } else {
    severity = gad7Severity(total);
    if (severity === 'severe') alertReasons.push('severe_score');
  }
  return { instrument, total, severity, alert: alertReasons.length > 0, alertReasons };
}
