/** UI strings of the coverage dashboard (覆盖率), Chinese and English with the same keys. */
export const coverageZh = {
  nav: '覆盖率',
  title: '健康影响评价覆盖率',
};
export const coverageEn: typeof coverageZh = {
  nav: 'Coverage',
  title: 'HIA coverage',
};
