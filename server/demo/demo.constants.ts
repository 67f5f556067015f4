/** Demo sign-ins, printed at start in demo mode. Not secrets: demo mode is for trying the app. */
export const DEMO_CUSTOMER_PHONE = '13800138000';
export const DEMO_SECOND_CUSTOMER_PHONE = '13900139000';
export const DEMO_STAFF = [
  { username: 'advisor', name: '李顾问', role: 'advisor', password: 'pitlane-advisor' },
  { username: 'tech', name: '王师傅', role: 'technician', password: 'pitlane-tech' },
  { username: 'manager', name: '陈经理', role: 'manager', password: 'pitlane-manager' },
] as const;
/** 李女士, 张先生's wife: a family member of his Model 3 (book scope), server/family/family.demo.ts. */
export const DEMO_FAMILY_PHONE = '13700137000';
