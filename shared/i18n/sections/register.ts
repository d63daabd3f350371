/** UI strings of the register page (评价台账), Chinese and English with the same keys. */
export const registerZh = {
  nav: '评价台账',
  title: '健康影响评价台账',
};
export const registerEn: typeof registerZh = {
  nav: 'Register',
  title: 'HIA register',
};
