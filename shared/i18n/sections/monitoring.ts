/** UI strings of the indicator catalogue (监测指标) and follow-up monitoring, Chinese and English. */
export const monitoringZh = {
  nav: '监测指标',
  title: '监测指标库',
};
export const monitoringEn: typeof monitoringZh = {
  nav: 'Indicators',
  title: 'Monitoring indicators',
};
