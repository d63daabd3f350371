import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { CATEGORY_NAMES_ZH, STATUS_NAMES_ZH, type ImportPreview, type ImportResult } from '../../shared/register/register';
import { FIELD_NAMES, type ImportField } from '../../shared/register/import-rows';
import { contractCall, yearOption } from './contract-call';
import type { Core } from '../core';

type WithCore = <T>(work: (core: Core) => Promise<T> | T) => Promise<T>;

function previewText(preview: ImportPreview): string[] {
  const lines = [
    `文件 / file: ${preview.fileName} (${preview.format.toUpperCase()})`,
    `列 / columns: ${Object.entries(preview.columns).map(([field, column]) => `${FIELD_NAMES[field as ImportField]?.zh ?? field} ← ${column}`).join('，')}`,
  ];
  if (preview.ignoredColumns.length > 0) lines.push(`忽略的列 / ignored columns: ${preview.ignoredColumns.join('，')}`);
  lines.push(`可导入 / valid: ${preview.valid} 行 / rows；有误 / invalid: ${preview.invalid} 行 / rows`);
  for (const row of preview.rows) {
    for (const e of row.errors) lines.push(`  第 ${row.row} 行 / row ${row.row}: ${e}`);
    for (const w of row.warnings) lines.push(`  第 ${row.row} 行（提示） / row ${row.row} (note): ${w}`);
  }
  return lines;
}

/** `hia register import|export|list`: the HIA register (台账) from the command line. */
export function addRegisterCommands(program: Command, withCore: WithCore): void {
  const register = program.command('register').description('健康影响评价台账 / the HIA register');

  register
    .command('import')
    .description(
      '导入台账（CSV 或 XLSX），逐行报告错误；退出码 0 = 有导入或无错误，1 = 文件无法读取，2 = 没有可导入的行 / ' +
        'import a register (CSV or XLSX) with per-row errors; exit 0 = rows imported or none invalid, 1 = bad file, 2 = nothing importable',
    )
    .argument('<file>', '台账文件 / register file')
    .option('--dry-run', '只检查，不写入 / check only, write nothing')
    .option('--json', '输出 JSON（试运行时为预览，否则为导入结果） / print JSON (the preview with --dry-run, else the import result)')
    .action(async (file: string, opts: { dryRun?: boolean; json?: boolean }) => {
      const input = { fileName: path.basename(file), dataBase64: (await readFile(file)).toString('base64') };
      const { preview, result } = await withCore(async (core) => {
        const call = contractCall(core);
        const checked = await call('register/preview-import', input);
        const imported: ImportResult | null = opts.dryRun ? null : await call('register/import', input);
        return { preview: checked, result: imported };
      });
      if (opts.json) console.log(JSON.stringify(result ?? preview));
      else {
        for (const line of previewText(preview)) console.log(line);
        console.log(
          result
            ? `已导入 / imported: ${result.imported}；未导入 / not imported: ${result.skipped}`
            : '试运行，未写入数据库 / dry run: nothing was written',
        );
      }
      const something = result ? result.imported > 0 || result.rejected.length === 0 : preview.valid > 0 || preview.invalid === 0;
      if (!something) process.exitCode = 2;
    });

  register
    .command('export')
    .description('导出台账为 CSV 或 XLSX（按扩展名） / export the register as CSV or XLSX (by extension)')
    .requiredOption('-o, --out <file>', '输出文件（.csv 或 .xlsx） / output file (.csv or .xlsx)')
    .option('--year <n>', '只导出该年度 / only this year', yearOption)
    .action(async (opts: { out: string; year?: number }) => {
      const ext = path.extname(opts.out).toLowerCase();
      if (ext !== '.csv' && ext !== '.xlsx') throw new Error('输出文件应以 .csv 或 .xlsx 结尾 / the output file must end in .csv or .xlsx');
      const filter = opts.year === undefined ? {} : { year: opts.year };
      const { file, count } = await withCore(async (core) => {
        const call = contractCall(core);
        return { file: await call('register/export', { format: ext === '.csv' ? 'csv' : 'xlsx', filter }), count: (await call('register/list', filter)).length };
      });
      await mkdir(path.dirname(path.resolve(opts.out)), { recursive: true });
      await writeFile(opts.out, Buffer.from(file.dataBase64, 'base64'));
      console.log(`已导出 ${count} 条 / exported ${count} items: ${opts.out}`);
    });

  register
    .command('list')
    .description('列出台账条目 / list register items')
    .option('--year <n>', '只列该年度 / only this year', yearOption)
    .option('--json', '输出 JSON / print JSON')
    .action(async (opts: { year?: number; json?: boolean }) => {
      const items = await withCore((core) => contractCall(core)('register/list', opts.year === undefined ? {} : { year: opts.year }));
      if (opts.json) {
        console.log(JSON.stringify(items));
        return;
      }
      for (const i of items) {
        const link = i.assessment ? `  [${i.assessment.number}]` : '';
        console.log(`${i.year}  ${STATUS_NAMES_ZH[i.status]}  ${CATEGORY_NAMES_ZH[i.category]}  ${i.department}  ${i.title}${link}`);
      }
      console.log(`共 ${items.length} 条 / ${items.length} items`);
    });
}
