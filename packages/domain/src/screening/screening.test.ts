import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkAnswers, gad7Severity, phq9Severity, scoreScreening } from './screening.ts';

/** Answers with the given total, spread over the first items, item 9 kept at 0 for PHQ-9. */
function answersWithTotal(items: number, total: number, keepLastZero = false): number[] {
  const a = new Array<number>(items).fill(0);
  let left = total;
  for (let i = 0; i < items - (keepLastZero ? 1 : 0) && left > 0; i++) {
    a[i] = Math.min(3, left);
    left -= a[i]!;
  }
  if (left > 0) throw new Error(`cannot reach ${total}`);
  return a;
}

describe('PHQ-9 bands', () => {
  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately_severe'],
    [19, 'moderately_severe'],
    [20, 'severe'],
    [27, 'severe'],
  ] as const)('total %i is %s', (total, band) => {
    expect(phq9Severity(total)).toBe(band);
  });

  it('alerts from 20, not at 19, when item 9 is 0', () => {
    const at19 = scoreScreening('phq9', answersWithTotal(9, 19, true));
    expect(at19).toMatchObject({ total: 19, severity: 'moderately_severe', alert: false, alertReasons: [] });
    const at20 = scoreScreening('phq9', answersWithTotal(9, 20, true));
    expect(at20).toMatchObject({
      total: 20,
      severity: 'severe',
      alert: true,
      alertReasons: ['severe_score'],
    });
  });

  it('always alerts when item 9 (self-harm thoughts) is above 0, even with a minimal total', () => {
    const r = scoreScreening('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(r).toMatchObject({
      total: 1,
      severity: 'minimal',
      alert: true,
      alertReasons: ['self_harm_thoughts'],
    });
    const both = scoreScreening('phq9', [3, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(both).toMatchObject({ total: 27, alertReasons: ['severe_score', 'self_harm_thoughts'] });
  });
});

describe('GAD-7 bands', () => {
  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'severe'],
    [21, 'severe'],
  ] as const)('total %i is %s', (total, band) => {
    expect(gad7Severity(total)).toBe(band);
  });

  it('alerts from 15, not at 14; its last item is not a self-harm item', () => {
    expect(scoreScreening('gad7', answersWithTotal(7, 14)).alert).toBe(false);
    expect(scoreScreening('gad7', answersWithTotal(7, 15))).toMatchObject({
      severity: 'severe',
      alert: true,
      alertReasons: ['severe_score'],
    });
    expect(scoreScreening('gad7', [0, 0, 0, 0, 0, 0, 3]).alert).toBe(false);
  });
});

describe('checkAnswers', () => {
  it('wants every item, each an integer 0–3', () => {
    expect(checkAnswers('phq9', new Array(9).fill(0))).toEqual({ ok: true });
    expect(checkAnswers('phq9', new Array(8).fill(0))).toEqual({ ok: false, message: '应回答全部 9 题' });
    expect(checkAnswers('gad7', new Array(9).fill(0))).toEqual({ ok: false, message: '应回答全部 7 题' });
    expect(checkAnswers('gad7', [0, 0, 4, 0, 0, 0, 0])).toEqual({
      ok: false,
      message: '第 3 题的答案应为 0–3',
    });
    expect(checkAnswers('gad7', [0, 0, 0, 1.5, 0, 0, 0]).ok).toBe(false);
    expect(checkAnswers('gad7', [0, 0, 0, -1, 0, 0, 0]).ok).toBe(false);
    expect(() => scoreScreening('gad7', [1, 2])).toThrow(RangeError);
  });
});

describe('properties', () => {
  it('the total is the sum, within 0..3n, and its band follows the total alone', () => {
    for (const [instrument, n] of [
      ['phq9', 9],
      ['gad7', 7],
    ] as const) {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }), (answers) => {
          const r = scoreScreening(instrument, answers);
          expect(r.total).toBe(answers.reduce((a, b) => a + b, 0));
          expect(r.total).toBeLessThanOrEqual(3 * n);
          expect(r.severity).toBe(instrument === 'phq9' ? phq9Severity(r.total) : gad7Severity(r.total));
          const selfHarm = instrument === 'phq9' && answers[8]! > 0;
          expect(r.alert).toBe(r.severity === 'severe' || selfHarm);
        }),
      );
    }
  });
});
