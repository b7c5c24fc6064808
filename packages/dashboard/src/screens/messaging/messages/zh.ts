import type { MessagingMessages } from './en.ts';

const zh: MessagingMessages = {
  intakeReplies: {
    title: '邮件回复',
    none: '尚未回复。第一次回复即视为首次联系，并停止回复计时。',
    label: '回复咨询人',
    hint: '通过电子邮件发送，附咨询编号。绝不会引用咨询人自己的内容。',
    send: '发送回复',
    sending: '正在发送…',
    sent: '回复已发送，可在“发件箱”中查看。',
    noEmail: '此咨询没有可回复的电子邮件地址。',
  },
  matterReplies: {
    title: '给客户的回复',
    none: '尚无回复。',
    label: '回复客户',
    hint: '客户会在案件进度页面看到回复。如果客户选择了邮件通知，会收到一封通知（不含内容）。',
    send: '发送回复',
    sending: '正在发送…',
    sent: '回复已发送。',
    notifyOn: '客户希望在此案件有新进展时收到邮件。',
    notifyOff: '客户未选择接收进展邮件。',
  },
  forgot: {
    link: '忘记密码？',
    title: '重置密码',
    intro: '请输入您用于登录的邮箱。如果该邮箱对应一个账户，我们会发送设置新密码的链接。',
    email: '电子邮件',
    submit: '发送链接',
    sending: '正在发送…',
    sent: '如果该邮箱对应一个账户，链接已发出。链接仅可使用一次，30 分钟内有效。',
    back: '返回登录',
  },
  reset: {
    title: '设置新密码',
    password: '新密码',
    hint: '至少 12 个字符。设置后，您在所有设备上的登录都会退出。',
    submit: '保存新密码',
    saving: '正在保存…',
    done: '密码已更改，请使用新密码登录。',
    invalid: '该链接已过期或已被使用，请重新申请。',
    checking: '正在检查链接…',
    signIn: '登录',
  },
  /** Settings → Email, "Client emails" (issue 15): the firm's targets and each site's case-status page. */
  clientEmails: {
    title: '客户邮件',
    firmNote: '这两项设置适用于本律所的所有站点。',
    updateTarget: '距上次向客户更新的天数（目标）',
    updateTargetHint: '案件超过此天数未向客户更新时，订阅此提醒的员工会收到邮件。1 到 365；默认 14。',
    reminder: '向未回答的客户发送一次问卷提醒',
    reminderDays: '邀请邮件发出后的天数',
    reminderDaysHint: '1 到 60。',
    statusPage: '本站点的案件状态页面',
    statusPageHint: '您网站上放置状态追踪器的页面。发给客户的更新邮件会链接到此页面；留空则不含链接。',
    save: '保存客户邮件设置',
    saved: '客户邮件设置已保存。',
    adminsOnly: '只有管理员可以更改这些设置。',
  },
};

export default zh;
