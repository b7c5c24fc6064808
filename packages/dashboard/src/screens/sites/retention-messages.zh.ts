/** The site's retention form (issue 9), Chinese. */
import type { RetentionMessages } from './retention-messages.en.ts';

export const retentionZh: RetentionMessages = {
  title: '数据保留',
  intro: '本站点保留访客所写内容和原始客户旅程事件的期限。超期数据每隔几小时自动删除。',
  declinedIntakeDays: '已拒绝的咨询：保留咨询人陈述的天数',
  declinedIntakeHint:
    '从拒绝之日起计算。到期后删除案情描述、对方当事人、关联方和来源；姓名、联系方式、决定及理由作为拒绝记录保留。已进入利益冲突登记的当事人仍保留在登记中。',
  spamIntakeDays: '垃圾信息：保留天数',
  spamIntakeHint: '从收到或标记为垃圾信息之日起计算。到期后删除全部个人字段。',
  surveyCommentDays: '问卷评论：保留天数',
  surveyCommentHint: '从回答之日起计算。评分保留；仍在跟进中的评论在跟进关闭前保留。',
  eventDays: '原始旅程事件：保留天数',
  eventHint: '至少 30 天。旅程图的数字不变：它读取每日汇总，而非原始事件。',
  untouched: '未结和已委托的咨询不受影响（已委托的属于客户档案）。FAQ 问题的保留期在 FAQ 机器人页面单独设置。',
  save: '保存数据保留设置',
  saved: '数据保留设置已保存。',
};
