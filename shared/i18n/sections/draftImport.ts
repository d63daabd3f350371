/** UI strings of the draftImport part, Chinese and English with the same keys (checked by tests). */
export const draftImportZh = {};

export const draftImportEn: typeof draftImportZh = {};
