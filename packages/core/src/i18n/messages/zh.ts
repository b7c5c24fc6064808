/** Chinese (Simplified) messages every widget shares. */
import type { Messages } from './en.ts';

const zh: Messages = {
  loadFailed: '表单无法加载。',
  loadFailedHint: '请检查网络连接，然后重试。',
  tryAgain: '重试',
  supportReference: '支持参考编号：',
};

export default zh;
