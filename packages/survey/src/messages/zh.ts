import type { SurveyMessages } from './en.ts';

const zh: SurveyMessages = {
  title: (firm) => `${firm} 的服务如何？`,
  questions: {
    nps: (firm) => `您有多大可能向朋友或同事推荐 ${firm}？`,
    csat: '到目前为止，您对我们处理您事务的工作满意吗？',
    ces: '联系我们是否容易？',
  },
  ends: {
    nps: ['完全不可能', '非常可能'],
    csat: ['非常不满意', '非常满意'],
    ces: ['非常困难', '非常容易'],
  },
  lawyerQuestion: (name) => `您如何评价 ${name}？`,
  lawyerEnds: ['很差', '优秀'],
  comment: '您给出这个评分的主要原因是什么？（可选）',
  commentHint: '请勿填写有关您事务的保密信息。',
  send: '提交',
  sending: '正在提交…',
  pickScore: '请先选择一个评分。',
  thanks: '感谢您的回答。',
  thanksBody: '我们会认真阅读每一条回答，帮助我们更好地为您服务。',
  alreadyAnswered: '谢谢，您已经回答过这份问卷。',
  reviewInvite: '愿意公开分享您的体验吗？这能帮助其他人找到律师。',
  reviewOn: (label) => `在 ${label} 上评价我们`,
  talk: '想和我们直接沟通吗？',
  call: (phone) => `致电 ${phone}`,
  email: (email) => `发送邮件至 ${email}`,
  opensNewTab: '（在新标签页中打开）',
  invalid: '此问卷链接已失效，可能已过期或已被回答。',
  failed: '无法加载问卷，请稍后再试。',
  sendFailed: '无法提交您的回答，请重试。',
  retry: '重试',
  close: '关闭',
  noToken: '请打开邀请邮件中的链接来回答我们的简短问卷。',
};

export default zh;
