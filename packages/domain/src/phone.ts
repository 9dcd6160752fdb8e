// Mainland China mobile numbers: 11 digits, 1 then a network digit 3–9 (MIIT numbering plan,
// 《电信网编号计划》). No country code, spaces or dashes: normalise before calling.
const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

/** Whether `s` is an 11-digit mainland mobile number such as 13812341234. */
export function isValidMobile(s: string): boolean {
  return typeof s === 'string' && MOBILE_PATTERN.test(s);
}
