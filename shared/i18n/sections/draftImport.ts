/** UI strings of importing a draft file into the registration form. */
export const draftImportZh = {
  button: '从文件导入草案',
  reading: '正在读取 {{name}}…',
  done: '已导入“{{name}}”（{{format}}{{encoding}}），共 {{count}} 字',
  encoding: '，编码 {{encoding}}',
  replaceTitle: '替换已填写的草案文本？',
  replaceBody: '草案文本框中已有内容，导入后将被文件内容替换。',
  replace: '替换',
  cancel: '取消',
  warnings: '读取提示：{{text}}',
  hint: '支持 DOCX、PDF、TXT（UTF-8 / GBK / GB18030 自动识别）和 Markdown，最大 20 MB',
};

export const draftImportEn: typeof draftImportZh = {
  button: 'Import the draft from a file',
  reading: 'Reading {{name}}…',
  done: 'Imported “{{name}}” ({{format}}{{encoding}}), {{count}} characters',
  encoding: ', encoding {{encoding}}',
  replaceTitle: 'Replace the draft text already entered?',
  replaceBody: 'The draft text box is not empty; importing replaces it with the file’s text.',
  replace: 'Replace',
  cancel: 'Cancel',
  warnings: 'While reading: {{text}}',
  hint: 'DOCX, PDF, TXT (UTF-8 / GBK / GB18030 detected automatically) and Markdown, up to 20 MB',
};
