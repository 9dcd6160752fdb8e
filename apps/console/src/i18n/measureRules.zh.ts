/**
 * 简体中文 for the measure rules of issue 9 (items 6–8): 折抵, 执行地, 禁毒法第三十九条情形, 批评教育,
 * 现场拒绝检测. Loaded with the supervision pages (`./measureRules.ts`); `measureRules.en.ts` mirrors it.
 */
const zh = {
  rules: {
    credit: {
      daysHintDetox:
        '经批准由强制隔离戒毒变更为社区戒毒的，已执行的天数折抵社区戒毒期限（戒毒条例第三十一条）。',
      daysHintRehab: '社区康复不适用折抵（戒毒条例第三十一条）。',
      basisNo: '变更决定书文号',
      basisDate: '变更批准日期',
      basisHint: '折抵须注明由强制隔离戒毒变更为社区戒毒的批准决定。',
      basis: '折抵依据',
      basisValue: '{{no}}（{{date}}批准）',
    },
    place: {
      basis: '执行地依据',
      fixedResidence: '已核实其在现居住地有固定住所',
      fixedResidenceRequired: '在现居住地执行，须确认有固定住所',
      fileHousehold: '档案户籍地：{{place}}',
      fileResidence: '档案现居住地：{{place}}',
      notRecorded: '未登记',
    },
    exemptions: {
      action: '第三十九条情形',
      title: '禁毒法第三十九条第一款情形',
      hint: '怀孕或者正在哺乳自己不满一周岁婴儿的妇女，不适用强制隔离戒毒；不满十六周岁的未成年人（按档案出生日期自动判断），可以不适用。情形变化时请及时更新。',
      pregnant: '怀孕',
      nursingChildBirthDate: '哺乳婴儿出生日期',
      nursingHint: '正在哺乳自己不满一周岁婴儿的，填写婴儿出生日期；婴儿满一周岁后自动不再适用。',
      preview: '保存后：{{flags}}',
      none: '无第三十九条情形',
      saved: '第三十九条情形已更新',
    },
    education: {
      action: '批评教育',
      title: '登记批评教育（禁毒法第三十五条第二款）',
      hint: '对违反社区戒毒（康复）协议的人员，应当进行批评、教育；严重违反协议或复吸的，报告公安机关。',
      date: '教育日期',
      reason: '事由',
      reasonPlaceholder: '如：未按时接受检测、未经报告离开执行地',
      note: '教育内容',
      notePlaceholder: '谈话内容、本人表态等',
      violation: '针对的违规',
      violationPlaceholder: '不选则办结本措施全部待批评教育事项',
      violationOption: '{{kind}}（{{date}}）',
      saved: '批评教育已登记',
      listTitle: '批评教育记录',
      empty: '暂无批评教育记录',
      givenBy: '教育人',
    },
    refusal: {
      action: '现场拒绝检测',
      title: '登记现场拒绝接受检测（戒毒条例第二十条）',
      warning:
        '现场拒绝接受检测将立即记为一次逃避（拒绝）检测，无需再确认；本措施已记 {{count}} 次，登记后为 {{next}} 次。累计3次以上为严重违反协议，须报告公安机关。',
      date: '拒绝日期',
      note: '情况说明',
      notePlaceholder: '如：拒绝提供尿样',
      confirmTitle: '确定登记现场拒绝检测？',
      confirmBody: '{{date}} 现场拒绝接受检测，将记为逃避（拒绝）检测一次，且不能撤销。',
      saved: '已登记现场拒绝检测',
    },
    noEarlyRelease:
      '社区康复期间拒绝接受社区康复或严重违反协议后复吸，已报告公安机关：被决定强制隔离戒毒的，不得提前解除（戒毒条例第三十八条第二款）。',
  },
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type MeasureRulesResources = Widen<typeof zh>;
export default zh as MeasureRulesResources;
