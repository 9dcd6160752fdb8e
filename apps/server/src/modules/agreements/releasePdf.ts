// 解除社区戒毒（康复）告知书: the township's own paperwork once the police's 解除社区戒毒通知书 is
// recorded (戒毒条例 第二十三条). The police issue the notice; the township tells the person in
// writing and keeps the signed receipt. The text is written for this system, not an official form.
import PDFDocument from 'pdfkit';
import { loadAgreementFonts } from './agreementFonts.ts';
import { beijingTime, chineseDate, collect, PAGE, partyAName, STYLE } from './agreementPdf.ts';
import { PageWriter } from './pageWriter.ts';

export interface ReleaseData {
  measureType: 'community_detox' | 'community_rehab';
  person: { name: string; idNumber: string };
  township: string;
  decision: { number: string; date: string };
  termStart: string;
  termEnd: string;
  notice: { number: string; date: string; issuer: string };
  generatedAt: string;
}

export async function renderReleasePdf(data: ReleaseData): Promise<Uint8Array> {
  const fonts = await loadAgreementFonts();
  const measure = data.measureType === 'community_detox' ? '社区戒毒' : '社区康复';
  const title = `解除${measure}告知书`;
  const generatedAt = new Date(data.generatedAt);
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: 0,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: `${title}（${data.person.name}）`,
      Creator: '洮泊 Taobo',
      ...(Number.isNaN(generatedAt.getTime()) ? {} : { CreationDate: generatedAt }),
    },
  });
  const bytes = collect(doc);
  doc.registerFont('regular', fonts.regular as unknown as PDFKit.Mixins.PDFFontSource);
  doc.registerFont('bold', fonts.bold as unknown as PDFKit.Mixins.PDFFontSource);

  const w = new PageWriter(doc, PAGE);
  const body = (text: string) => w.paragraph(text, STYLE.body, { firstLineIndent: 2 });
  w.paragraph(title, STYLE.title, { align: 'center' });
  w.gap(14);
  w.paragraph(`${data.person.name}（公民身份号码：${data.person.idNumber}）：`, STYLE.bodyBold, {
    align: 'left',
  });
  w.gap(4);
  body(
    `你于${chineseDate(data.termStart)}起接受${measure}（决定书文号：${data.decision.number}，` +
      `决定日期：${chineseDate(data.decision.date)}），${measure}期限已届满。`,
  );
  body(
    `${data.notice.issuer}已于${chineseDate(data.notice.date)}出具《解除${measure}通知书》（${data.notice.number}）。` +
      `根据《戒毒条例》第二十三条，自${chineseDate(data.termEnd)}起解除你的${measure}。`,
  );
  body(
    '解除后，你不再承担协议约定的报到、检测、外出报告等义务。如需就业、培训、社会救助等帮助，' +
      '仍可向本乡镇（街道）提出，我们将继续为你提供帮扶。',
  );
  body('特此告知。');
  w.gap(28);
  const half = w.contentWidth / 2;
  const right = PAGE.left + half;
  w.line(partyAName(data.township, { measure }), right - 40, w.y, half + 40, STYLE.body, {
    align: 'left',
    last: true,
  });
  w.gap(STYLE.body.lineHeight + 8);
  w.line('　　　　年　　月　　日（盖章）', right, w.y, half, STYLE.body, { align: 'left', last: true });
  w.gap(48);
  w.paragraph('送达回执', STYLE.heading, { align: 'left' });
  body(`本人已收到《${title}》，知悉上述内容。`);
  w.gap(18);
  w.line('被告知人（签字、按手印）：', PAGE.left, w.y, half, STYLE.body, { align: 'left', last: true });
  w.line('送达人：', right, w.y, half, STYLE.body, { align: 'left', last: true });
  w.gap(STYLE.body.lineHeight + 12);
  w.line('　　　　年　　月　　日', PAGE.left, w.y, half, STYLE.body, { align: 'left', last: true });
  w.line('　　　　年　　月　　日', right, w.y, half, STYLE.body, { align: 'left', last: true });
  w.gap(STYLE.body.lineHeight);
  w.line(
    `生成时间：${beijingTime(data.generatedAt)}`,
    PAGE.left,
    PAGE.height - PAGE.bottom + 22,
    w.contentWidth,
    STYLE.footer,
    {
      align: 'left',
      last: true,
    },
  );
  doc.end();
  return bytes;
}
