// 社区戒毒协议书 / 社区康复协议书 (戒毒条例 第十六条, 第三十七条起) as a printable A4 PDF.
//
// Library and font, and why:
// - PDFKit (pdfkit 0.20.2, MIT): embeds OpenType/CFF fonts as real subsets (only the glyphs used).
//   pdf-lib + @pdf-lib/fontkit was tried first: with a CID-keyed CFF font (every Noto/Source Han
//   OTF) its subsetting writes a font that poppler rejects ("Embedded font file may be invalid"),
//   and without subsetting each PDF carries the whole 8 MB font. pdfmake is built on PDFKit, so
//   PDFKit alone avoids a layer; line breaking, justification and tables live in pageWriter.ts.
// - Font: Noto Sans Hans Regular + Bold (= Noto Sans CJK SC; 30 789 characters incl. CJK Ext. A, so
//   uncommon name characters such as 堃 燊 㛃 render) from the npm package @embedpdf/fonts-sc 1.0.0
//   (OFL-1.1, 42 MB unpacked, two of its five files are used). Lighter packages were rejected:
//   Google-Fonts-style packages (noto-sans-sc, @fontsource/*, lxgw-wenkai-webfont, @chinese-fonts/*)
//   ship ~100 unicode-range slices per weight instead of one font, and @librescore/fonts' single
//   "min" WOFF2 lacks spaces, digits and Latin letters. All of U+4E00–9FA5 is covered; most of
//   CJK Ext. B (e.g. 𠮷) is not and would print as an empty box.
// - The fonts are parsed once per process by fontkit (PDFKit's own font engine) and shared; see
//   agreementFonts.ts.
//
// The text is written for this system, not copied from any official form.
import { shanghaiDateTime } from '@taobo/domain';
import PDFDocument from 'pdfkit';
import { loadAgreementFonts } from './agreementFonts.ts';
import { PageWriter, type PageGeometry, type TableRow, type TextStyle } from './pageWriter.ts';

export interface AgreementData {
  measureType: 'community_detox' | 'community_rehab';
  person: {
    name: string;
    gender: 'male' | 'female';
    birthDate: string;
    idNumber: string;
    phone: string | null;
    residenceAddress: string | null;
  };
  decision: { number: string; date: string; authority: string | null };
  township: string; // e.g. '冷水滩区梅湾街道'
  county: string; // e.g. '冷水滩区'
  reportedDate: string; // 报到日期 YYYY-MM-DD
  termStart: string;
  termEnd: string; // the 解除 date
  termMonths: number;
  workingGroup: { role: string; name: string }[]; // role already in Chinese, e.g. '社区民警'
  generatedAt: string; // ISO timestamp, printed small in the footer
}

/** A4 in points; margins ≈ 20 mm top and bottom, 24 mm left and right. */
export const PAGE: PageGeometry = { width: 595.28, height: 841.89, top: 58, bottom: 58, left: 68, right: 68 };

export const STYLE = {
  title: { font: 'bold', size: 22, lineHeight: 34 },
  subtitle: { font: 'regular', size: 10.5, lineHeight: 18, color: '#333333' },
  heading: { font: 'bold', size: 12, lineHeight: 21 },
  body: { font: 'regular', size: 11, lineHeight: 18 },
  bodyBold: { font: 'bold', size: 11, lineHeight: 18 },
  cell: { font: 'regular', size: 10.5, lineHeight: 15 },
  footer: { font: 'regular', size: 8, lineHeight: 12, color: '#555555' },
  pageNumber: { font: 'regular', size: 9, lineHeight: 12, color: '#333333' },
} satisfies Record<string, TextStyle>;

const LABEL_FILL = '#eeeeee';

/** Renders the agreement. Async because the font files are read on first use (then cached). */
export async function renderAgreementPdf(data: AgreementData): Promise<Uint8Array> {
  const fonts = await loadAgreementFonts();
  const terms = measureTerms(data.measureType);
  const partyA = partyAName(data.township, terms);
  const generatedAt = new Date(data.generatedAt);

  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: 0,
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: `${terms.agreementTitle}（${data.person.name}）`,
      Author: partyA,
      Creator: '洮泊 Taobo',
      // A fixed date keeps the output reproducible for the same input.
      ...(Number.isNaN(generatedAt.getTime()) ? {} : { CreationDate: generatedAt }),
    },
  });
  const bytes = collect(doc);
  // PDFKit (≥ 0.17) also accepts a parsed fontkit font, which @types/pdfkit does not declare.
  doc.registerFont('regular', fonts.regular as unknown as PDFKit.Mixins.PDFFontSource);
  doc.registerFont('bold', fonts.bold as unknown as PDFKit.Mixins.PDFFontSource);

  const w = new PageWriter(doc, PAGE);
  writeTitle(w, terms);
  writeParties(w, data, terms, partyA);
  writeTerm(w, data, terms);
  writeDutiesOfA(w, terms);
  writeObligationsOfB(w, data, terms);
  writeViolations(w, terms);
  writeWorkingGroup(w, data, terms);
  writeOtherTerms(w, terms);
  writeSignatures(w);
  writeFooters(w, data, terms);

  doc.end();
  return bytes;
}

interface MeasureTerms {
  /** 社区戒毒 / 社区康复 */
  measure: string;
  agreementTitle: string;
  decisionTitle: string;
}

function measureTerms(type: AgreementData['measureType']): MeasureTerms {
  switch (type) {
    case 'community_detox':
      return { measure: '社区戒毒', agreementTitle: '社区戒毒协议书', decisionTitle: '社区戒毒决定书' };
    case 'community_rehab':
      return { measure: '社区康复', agreementTitle: '社区康复协议书', decisionTitle: '社区康复决定书' };
    default: {
      const unreachable: never = type;
      throw new Error(`unknown measure type ${String(unreachable)}`);
    }
  }
}

/** 甲方: the township government (乡镇人民政府) or sub-district office (街道办事处)'s leading group. */
export function partyAName(township: string, terms: Pick<MeasureTerms, 'measure'>): string {
  const government = /(人民政府|办事处)$/.test(township)
    ? township
    : township.endsWith('街道')
      ? `${township}办事处`
      : /[乡镇]$/.test(township)
        ? `${township}人民政府`
        : `${township}人民政府（街道办事处）`;
  return `${government}${terms.measure}工作领导小组`;
}

/** '2026-03-05' → '2026年3月5日'; anything else is printed as given. */
export function chineseDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/** An ISO timestamp as Beijing time (UTC+8, no daylight saving): '2026-03-05 14:07'. */
export function beijingTime(isoTimestamp: string): string {
  if (Number.isNaN(Date.parse(isoTimestamp))) return isoTimestamp;
  return `${shanghaiDateTime(isoTimestamp)}（北京时间）`;
}

function writeTitle(w: PageWriter, terms: MeasureTerms): void {
  w.paragraph(terms.agreementTitle, STYLE.title, { align: 'center' });
  w.paragraph('依据《中华人民共和国禁毒法》《戒毒条例》订立', STYLE.subtitle, { align: 'center' });
  w.gap(14);
}

function writeParties(w: PageWriter, data: AgreementData, terms: MeasureTerms, partyA: string): void {
  w.labeled('甲方：', partyA, STYLE.bodyBold, STYLE.body);
  w.labeled(
    '乙方：',
    `${data.person.name}（${terms.measure}人员，基本情况如下）`,
    STYLE.bodyBold,
    STYLE.body,
  );
  w.gap(6);
  const p = data.person;
  const label = (text: string) => ({ text, fill: LABEL_FILL, align: 'center' as const });
  // Empty cells are left blank on purpose so the missing detail can be written in by hand.
  const rows: TableRow[] = [
    { cells: [label('姓名'), { text: p.name }, label('性别'), { text: p.gender === 'male' ? '男' : '女' }] },
    {
      cells: [
        label('出生日期'),
        { text: chineseDate(p.birthDate) },
        label('联系电话'),
        { text: p.phone ?? '' },
      ],
    },
    { cells: [label('公民身份号码'), { text: p.idNumber, span: 3 }] },
    { cells: [label('居住地址'), { text: p.residenceAddress ?? '', span: 3 }], minHeight: 26 },
  ];
  w.table([1, 1.75, 1, 1.75], rows, STYLE.cell);
  w.gap(10);

  const authority = data.decision.authority ?? '公安机关';
  w.paragraph(
    `${authority}于${chineseDate(data.decision.date)}作出《${terms.decisionTitle}》（${data.decision.number}），` +
      `责令乙方接受${terms.measure}，${terms.measure}执行地为${data.township}。` +
      `乙方已于${chineseDate(data.reportedDate)}到甲方报到。为帮助乙方戒除毒瘾、恢复身心健康、重新融入社会，` +
      `根据《中华人民共和国禁毒法》和《戒毒条例》的规定，甲乙双方经协商一致，签订本协议，共同遵守。`,
    STYLE.body,
    { firstLineIndent: 2 },
  );
}

function heading(w: PageWriter, text: string): void {
  w.gap(6);
  // Keep a heading together with at least two lines of what follows it.
  w.ensureSpace(STYLE.heading.lineHeight + 2 * STYLE.body.lineHeight);
  w.paragraph(text, STYLE.heading, { align: 'left' });
}

function clauses(w: PageWriter, items: string[]): void {
  items.forEach((item, i) => w.paragraph(`${i + 1}. ${item}`, STYLE.body, { firstLineIndent: 2 }));
}

function writeTerm(w: PageWriter, data: AgreementData, terms: MeasureTerms): void {
  heading(w, `一、${terms.measure}期限`);
  w.paragraph(
    `${terms.measure}期限为${data.termMonths}个月，自${chineseDate(data.termStart)}起至${chineseDate(data.termEnd)}止。` +
      `期限届满，由执行地县级人民政府公安机关出具解除${terms.measure}通知书，甲方书面告知乙方，` +
      `${chineseDate(data.termEnd)}为解除日期。` +
      `${terms.measure}期间依法中止执行或者变更执行地的，期限依照有关规定计算。`,
    STYLE.body,
    { firstLineIndent: 2 },
  );
}

function writeDutiesOfA(w: PageWriter, terms: MeasureTerms): void {
  heading(w, '二、甲方的职责');
  clauses(w, [
    `组建${terms.measure}工作小组（成员见本协议第五条），根据乙方的实际情况制定${terms.measure}计划并组织落实。`,
    '对乙方进行戒毒知识辅导，开展法治和道德教育，对乙方的不良行为及时劝诫，帮助乙方增强戒毒意识。',
    '为乙方提供职业技能培训和职业指导，协调提供就学、就业、就医援助，帮助乙方解决生活中的实际困难。',
    '依法保护乙方的合法权益，对乙方的个人信息予以保密；乙方在入学、就业、享受社会保障等方面不受歧视。',
    '对乙方履行本协议的情况进行督促、检查，如实记录并存入乙方档案。',
  ]);
}

function writeObligationsOfB(w: PageWriter, data: AgreementData, terms: MeasureTerms): void {
  heading(w, '三、乙方的义务');
  clauses(w, [
    '遵守国家法律法规，履行本协议，不得吸食、注射毒品。',
    '根据公安机关的要求，按时到指定地点定期接受检测，不得逃避或者拒绝检测。',
    `离开${data.county}（${terms.measure}执行地所在县、市、区）3日以上的，须事先向甲方书面报告，` +
      '写明去向、事由、起止日期和联系方式，并按期返回。',
    `按照${terms.measure}计划定期向甲方报告戒毒情况，接受${terms.measure}工作小组的走访、谈话、教育和帮扶。`,
    '联系电话、居住地址等情况发生变化的，及时告知甲方。',
    `因户籍所在地或者现居住地变化需要变更${terms.measure}执行地的，向甲方提出；执行地变更后，` +
      `自变更之日起15日内到变更后的执行地乡（镇）人民政府、城市街道办事处报到，${terms.measure}期限连续计算。`,
  ]);
}

function writeViolations(w: PageWriter, terms: MeasureTerms): void {
  heading(w, '四、违反协议的处理');
  w.paragraph(
    `乙方有下列情形之一的，甲方${terms.measure}专职工作人员将及时报告公安机关，` +
      '公安机关可以依法责令乙方接受强制隔离戒毒：',
    STYLE.body,
    { firstLineIndent: 2 },
  );
  for (const item of [
    `（一）拒绝接受${terms.measure}的；`,
    `（二）在${terms.measure}期间吸食、注射毒品的；`,
    '（三）严重违反本协议的。',
  ]) {
    w.paragraph(item, STYLE.body, { firstLineIndent: 2 });
  }
  w.paragraph(
    `前款所称严重违反本协议，是指在${terms.measure}期间逃避或者拒绝接受检测3次以上（含3次），` +
      `或者擅自离开${terms.measure}执行地所在县（市、区）3次以上（含3次）或者累计超过30日。` +
      '离开3日以上而未事先书面报告的，即为擅自离开。',
    STYLE.body,
    { firstLineIndent: 2 },
  );
  w.paragraph(
    `乙方有其他违反本协议行为的，甲方将对其进行批评教育，并记入${terms.measure}档案。`,
    STYLE.body,
    {
      firstLineIndent: 2,
    },
  );
}

function writeWorkingGroup(w: PageWriter, data: AgreementData, terms: MeasureTerms): void {
  heading(w, `五、${terms.measure}工作小组`);
  w.paragraph(`甲方为乙方组建的${terms.measure}工作小组成员如下，由成员本人签名确认：`, STYLE.body, {
    firstLineIndent: 2,
  });
  w.gap(4);
  const header: TableRow = {
    cells: ['序号', '身份', '姓名', '签名'].map((text) => ({
      text,
      fill: LABEL_FILL,
      align: 'center' as const,
    })),
  };
  const members: TableRow[] =
    data.workingGroup.length > 0
      ? data.workingGroup.map((member, i) => ({
          cells: [
            { text: String(i + 1), align: 'center' },
            { text: member.role, align: 'center' },
            { text: member.name, align: 'center' },
            { text: '' },
          ],
          minHeight: 26,
        }))
      : [{ cells: [{ text: '（尚未确定工作小组成员）', span: 4, align: 'center' }], minHeight: 26 }];
  w.table([0.6, 2.2, 1.4, 2.0], [header, ...members], STYLE.cell);
}

function writeOtherTerms(w: PageWriter, terms: MeasureTerms): void {
  heading(w, '六、其他约定');
  clauses(w, [
    `本协议自甲乙双方签字（盖章）之日起生效，至${terms.measure}期满解除或者依法终止时失效。`,
    `${terms.measure}执行地变更的，由变更后的执行地乡（镇）人民政府、城市街道办事处与乙方重新签订协议。`,
    '本协议未尽事宜，依照《中华人民共和国禁毒法》《戒毒条例》等法律法规的规定执行。',
    '本协议一式两份，甲乙双方各执一份，具有同等效力。',
  ]);
}

/** The closing statement and the signature lines, kept on one page so no page holds only signatures. */
function writeSignatures(w: PageWriter): void {
  const line = STYLE.body.lineHeight;
  const beforeParties = 12;
  const sealSpace = 36; // room for the seal, the signature and the fingerprint
  const beforeDate = 8;
  w.gap(4);
  w.ensureSpace(line + beforeParties + line + sealSpace + line + beforeDate + line);
  w.paragraph('乙方已阅读并理解本协议的全部内容，自愿遵守。', STYLE.bodyBold, { firstLineIndent: 2 });
  w.gap(beforeParties);
  const half = w.contentWidth / 2;
  const left = PAGE.left;
  const right = PAGE.left + half + 20;
  const text = (value: string, x: number, style: TextStyle = STYLE.body) =>
    w.line(value, x, w.y, half - 20, style, { align: 'left', last: true });

  text('甲方（盖章）：', left, STYLE.bodyBold);
  text('乙方（签字、按手印）：', right, STYLE.bodyBold);
  w.gap(line + sealSpace);
  text('负责人（签字）：', left);
  w.gap(line + beforeDate);
  text('　　　　年　　月　　日', left);
  text('　　　　年　　月　　日', right);
  w.gap(line);
}

function writeFooters(w: PageWriter, data: AgreementData, terms: MeasureTerms): void {
  const top = PAGE.height - PAGE.bottom + 22;
  const width = w.contentWidth;
  w.eachPage((pageNumber, pageCount) => {
    w.line(`第 ${pageNumber} 页 共 ${pageCount} 页`, PAGE.left, top, width, STYLE.pageNumber, {
      align: 'center',
      last: true,
    });
    w.line(`生成时间：${beijingTime(data.generatedAt)}`, PAGE.left, top, width, STYLE.footer, {
      align: 'left',
      last: true,
    });
    w.line(`${terms.agreementTitle} · 乙方：${data.person.name}`, PAGE.left, top, width, STYLE.footer, {
      align: 'right',
      last: true,
    });
  });
}

export function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
