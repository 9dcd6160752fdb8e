/** 简体中文 for 帮扶申请 (the staff page and the person file's tab); `assistance.en.ts` mirrors it. */
const zh = {
  nav: { assistance: '帮扶申请' },
  assistance: {
    title: '帮扶申请',
    search: '姓名或拼音',
    allTypes: '全部类别',
    allStatuses: '全部状态',
    person: '申请人',
    type: '类别',
    status: '状态',
    outcome: '结果',
    attachments: '附件',
    submittedAt: '提交时间',
    updatedAt: '更新时间',
    view: '办理',
    detailTitle: '帮扶申请 · {{name}}',
    description: '情况说明',
    events: '办理记录',
    byPerson: '本人',
    noAttachments: '无附件',
    openFile: '查看',
    accept: '受理',
    acceptTitle: '受理帮扶申请',
    acceptNote: '备注（选填，本人可见）',
    acceptNotePlaceholder: '例如：已转区人社局，约一周内答复',
    accepted: '已受理，已通知本人',
    conclude: '办结',
    concludeTitle: '办结帮扶申请',
    outcomeLabel: '办理结果',
    helpedText: '帮扶内容（本人可见）',
    declinedText: '未获批原因（本人可见）',
    concludeAsk: '确认办结？办结后不能再修改，本人会收到通知。',
    concluded: '已办结，已通知本人',
    auditHint: '查看详情和附件会留痕。',
    empty: '暂无帮扶申请',
    personTab: '帮扶申请',
  },
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type AssistanceResources = Widen<typeof zh>;
export default zh as AssistanceResources;
