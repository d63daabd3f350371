import pkg from '../package.json' with { type: 'json' };

/** Identity shared by the shell, the browser host and the CLI. */
export const APP_NAME = '健康影响评价工作台 HIA Workbench';
export const APP_ID = 'cn.hia.workbench';
export const APP_VERSION: string = pkg.version;
/** Folder name for user data; ASCII so paths stay simple in scripts and support calls. */
export const DATA_DIR_NAME = 'hia-workbench';
export const DB_FILE_NAME = 'hia.db';
