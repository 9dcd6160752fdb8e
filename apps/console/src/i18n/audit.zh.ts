/** 简体中文 for the audit log query (审计日志); `audit.en.ts` mirrors these keys. */
const zh = {
  audit: {
    nav: '审计日志',
    title: '审计日志',
    hint: '本辖区工作人员的操作，以及任何人对本辖区人员、单位、账号的操作。身份证号、手机号只以加密索引记录，不存明文。每次查询本身也记入审计日志。',
    action: '操作',
    allActions: '全部操作',
    actor: '操作人',
    allActors: '全部人员',
    from: '开始日期',
    to: '结束日期',
    at: '时间',
    target: '对象',
    ip: 'IP',
    reason: '事由',
    details: '详情',
    system: '系统',
    targets: {
      person: '人员',
      staff: '工作人员',
      org_unit: '单位',
      audit: '审计日志',
    },
  },
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type AuditResources = Widen<typeof zh>;
export default zh as AuditResources;
