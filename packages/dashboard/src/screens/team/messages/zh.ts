import type { FirmWorkMessages } from './en.ts';

const zh: FirmWorkMessages = {
  formerMember: (name) => `${name}（前成员）`,
  lastSignIn: '最近登录',
  neverSignedIn: '尚未登录',
  makeAdmin: '设为管理员',
  makeStaff: '设为员工',
  makeAdminLabel: (name) => `将 ${name} 设为管理员`,
  makeStaffLabel: (name) => `将 ${name} 设为员工`,
  remove: '移除',
  removeLabel: (name) => `将 ${name} 移出团队`,
  removeTitle: (name) => `移除 ${name}？`,
  removeBody: '其所有会话将立即结束，且无法再次登录。分配给其的咨询、其备注和更新会保留，并标注为前成员。',
  removeConfirm: '移出团队',
  removed: (name) => `已将 ${name} 移出团队。`,
  roleChanged: (name, role) => `${name} 现在是${role}。`,
  lastAdmin: '事务所至少需要一名管理员：请先将其他人设为管理员。',
  openMatterTitle: '案件',
  openMatterHint: '以此客户、业务领域、律师和相关方开立案件，无需重新输入。',
  openMatter: '开立案件',
  openingMatter: '正在开立…',
  matterLink: '前往案件',
  matterOpened: '案件已开立。',
  matterExists: '此咨询已开立过案件。',
  fromIntake: '开立自',
  intakeLink: '咨询',
  parties: '相关方',
  partyKinds: { adverse: '对方当事人', related: '关联人' },
};

export default zh;
