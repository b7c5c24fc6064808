/** 机器人的中文消息：与英文文件结构相同。 */
import type { FaqMessages } from './en.ts';

const zh: FaqMessages = {
  title: '有问题吗？',
  open: '提问',
  close: '关闭',
  disclosure: '这是自动助手，不是律师。它根据我们的常见问题作答，不提供法律意见。',
  label: '您的问题',
  placeholder: '请输入您的问题…',
  send: '发送',
  thinking: '正在查找答案…',
  you: '您',
  bot: '助手',
  source: '来源',
  opensNewTab: '（在新标签页中打开）',
  related: '相关问题',
  suggestions: '常见问题',
  unanswered: '抱歉，我们的常见问题中没有这个问题的答案。',
  advice: '我无法针对您的具体情况提供建议。律所的工作人员可以帮助您——请在下方选择联系方式。',
  didYouMean: '您是想问以下问题之一吗？如果不是，律所的工作人员可以帮助您。',
  talkToPerson: '联系工作人员',
  handoffIntake: '把问题发送给律所',
  handoffPhone: (phone) => `致电 ${phone}`,
  handoffEmail: (email) => `发邮件至 ${email}`,
  hours: '办公时间',
  openNow: '现在营业',
  closedNow: '现在休息——请留言，我们上班后会回复您。',
  tooLong: (max) => `请不要超过 ${max} 个字符。`,
  tooMany: '您在短时间内提问过多。请稍等一分钟再试。',
  failed: '无法获取答案。请检查网络连接后重试。',
  loadFailed: '无法加载助手。',
  tryAgain: '重试',
  days: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  hoursLine: (days, start, end, zone) => `${days}，${start}–${end}（${zone}）`,
  noIntake: '此页面没有联系表格。',
};

export default zh;
