import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import {
  beijingTime,
  chineseDate,
  partyAName,
  renderAgreementPdf,
  type AgreementData,
} from './agreementPdf.ts';

const FULL_FONT_BYTES = 8_364_644; // NotoSansHans-Regular.otf alone

function agreement(overrides: Partial<AgreementData> = {}): AgreementData {
  return {
    measureType: 'community_detox',
    person: {
      name: '李燊堃',
      gender: 'male',
      birthDate: '1988-07-21',
      idNumber: '43110319880721123X',
      phone: '13807461234',
      residenceAddress: '湖南省永州市冷水滩区梅湾街道梅湾路社区凤凰园小区3栋2单元501室',
    },
    decision: {
      number: '冷公（禁）决字〔2026〕第0137号',
      date: '2026-03-02',
      authority: '永州市公安局冷水滩分局',
    },
    township: '冷水滩区梅湾街道',
    county: '冷水滩区',
    reportedDate: '2026-03-10',
    termStart: '2026-03-10',
    termEnd: '2029-03-10',
    termMonths: 36,
    workingGroup: [
      { role: '社区戒毒专职工作人员', name: '王丽' },
      { role: '社区民警', name: '赵建国' },
      { role: '网格员', name: '周敏' },
      { role: '家庭成员', name: '李秀英' },
    ],
    generatedAt: '2026-03-10T02:15:30.000Z',
    ...overrides,
  };
}

function latin1(pdf: Uint8Array): string {
  return Buffer.from(pdf).toString('latin1');
}

// The first render reads and parses ≈ 17 MB of fonts.
describe('renderAgreementPdf', { timeout: 30_000 }, () => {
  it('produces a valid PDF with a subset of the CJK font embedded', async () => {
    const pdf = await renderAgreementPdf(agreement());
    const text = latin1(pdf);
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    // Subset fonts carry a six-letter tag before the PostScript name.
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHans-Regular/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHans-Bold/);
    expect(pdf.length).toBeLessThan(2_000_000);
    expect(pdf.length).toBeLessThan(FULL_FONT_BYTES / 10);

    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(doc.getTitle()).toBe('社区戒毒协议书（李燊堃）');
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]); // A4
  });

  it('renders the 社区康复 agreement, with missing phone, address, authority and working group', async () => {
    const pdf = await renderAgreementPdf(
      agreement({
        measureType: 'community_rehab',
        township: '蔡市镇',
        person: { ...agreement().person, gender: 'female', phone: null, residenceAddress: null },
        decision: { number: '冷公（禁）康字〔2026〕第0012号', date: '2026-02-01', authority: null },
        workingGroup: [],
      }),
    );
    const doc = await PDFDocument.load(pdf);
    expect(doc.getTitle()).toBe('社区康复协议书（李燊堃）');
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
  });

  it('wraps a very long address and a large working group onto more pages instead of failing', async () => {
    const typical = await PDFDocument.load(await renderAgreementPdf(agreement()));
    const long = await PDFDocument.load(
      await renderAgreementPdf(
        agreement({
          person: {
            ...agreement().person,
            residenceAddress:
              '湖南省永州市冷水滩区梅湾街道梅湾路社区凤凰园小区'.repeat(12) +
              ' Building A-1234567890, Room 501',
          },
          workingGroup: Array.from({ length: 30 }, (_, i) => ({
            role: '禁毒志愿者',
            name: `志愿者${i + 1}`,
          })),
        }),
      ),
    );
    expect(long.getPageCount()).toBeGreaterThan(typical.getPageCount());
  });

  it('gives the same bytes for the same input', async () => {
    const a = await renderAgreementPdf(agreement());
    const b = await renderAgreementPdf(agreement());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe('partyAName', () => {
  const detox = { measure: '社区戒毒' };
  it('names the 街道办事处 for a sub-district and the 人民政府 for a town or township', () => {
    expect(partyAName('冷水滩区梅湾街道', detox)).toBe('冷水滩区梅湾街道办事处社区戒毒工作领导小组');
    expect(partyAName('蔡市镇', detox)).toBe('蔡市镇人民政府社区戒毒工作领导小组');
    expect(partyAName('杨村甸乡', { measure: '社区康复' })).toBe('杨村甸乡人民政府社区康复工作领导小组');
    expect(partyAName('梅湾街道办事处', detox)).toBe('梅湾街道办事处社区戒毒工作领导小组');
    expect(partyAName('某开发区', detox)).toBe('某开发区人民政府（街道办事处）社区戒毒工作领导小组');
  });
});

describe('date formatting', () => {
  it('writes dates the Chinese way', () => {
    expect(chineseDate('2026-03-05')).toBe('2026年3月5日');
    expect(chineseDate('not a date')).toBe('not a date');
  });

  it('prints the generation time in Beijing time', () => {
    expect(beijingTime('2026-03-10T17:15:30.000Z')).toBe('2026-03-11 01:15（北京时间）');
    expect(beijingTime('garbage')).toBe('garbage');
  });
});
