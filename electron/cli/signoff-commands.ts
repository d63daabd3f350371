import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import type { Core } from '../core';
import { buildDemo } from '../demo/build-demo';
import type { reportFor as ReportForFn } from '../report/report-for';

type ReportFor = typeof ReportForFn;

// The report stack (docx, ECharts, resvg) loads only for the commands that need it.
async function reportFor(...args: Parameters<ReportFor>) {
  return (await import('../report/report-for')).reportFor(...args);
}
async function readProps(bytes: Uint8Array) {
  return (await import('../report/read-report')).readReportProperties(bytes);
}

type WithCore = <T>(work: (core: Core) => Promise<T> | T) => Promise<T>;

/** `hia audit verify`, `hia report`, `hia verify`, `hia demo`. */
export function addSignoffCommands(program: Command, withCore: WithCore): void {
  program
    .command('audit')
    .description('审计日志 / audit trail')
    .command('verify')
    .description('校验审计日志的哈希链是否完整 / check that the hash-chained audit trail is intact')
    .option('--json', '输出 JSON / print JSON')
    .action(async (opts: { json?: boolean }) => {
      const result = await withCore((core) => core.audit.verify());
      if (opts.json) console.log(JSON.stringify(result));
      else if (result.ok) console.log(`审计日志完整 / audit trail intact: ${result.entries} 条记录 / entries`);
      else {
        console.log(`审计日志被篡改 / audit trail TAMPERED (${result.entries} 条记录 / entries):`);
        for (const p of result.problems) console.log(`  第 ${p.seq ?? '?'} 条 / #${p.seq ?? '?'}: ${p.problem}`);
      }
      if (!result.ok) process.exitCode = 2;
    });

  program
    .command('report')
    .description('生成 Word 报告（已签发版本或草稿） / write the Word report (signed version, or a draft)')
    .argument('<assessment-id>', '评价编号（UUID 或 HIA-年份-序号） / assessment id or number')
    .requiredOption('-o, --out <file.docx>', '输出文件 / output file')
    .option('--version <n>', '签发版本号 / signed version number')
    .action(async (idOrNumber: string, opts: { out: string; version?: string }) => {
      const { bytes, signed, version } = await withCore((core) => reportFor(core, idOrNumber, opts.version ? Number(opts.version) : undefined));
      await mkdir(path.dirname(path.resolve(opts.out)), { recursive: true });
      await writeFile(opts.out, bytes);
      console.log(`${signed ? `已签发第 ${version} 版 / signed version ${version}` : '草稿 / draft'}: ${opts.out}`);
    });

  program
    .command('verify')
    .description('核验报告是否与数据库中已签发的版本一致 / check a report against the signed versions in the database')
    .argument('<report.docx>', '报告文件 / report file')
    .option('--json', '输出 JSON / print JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const props = await readProps(await readFile(file));
      const found = props.fingerprint ? await withCore((core) => core.signOff.findByFingerprint(props.fingerprint!)) : null;
      const result = {
        file,
        fingerprint: props.fingerprint,
        matches: Boolean(found?.intact),
        assessmentId: found?.assessmentId ?? props.assessmentId ?? null,
        number: found?.number ?? null,
        title: found?.title ?? null,
        version: found?.version ?? props.version ?? null,
        signedAt: found?.signedAt ?? null,
      };
      if (opts.json) console.log(JSON.stringify(result));
      else if (!props.fingerprint) console.log('该报告没有签发指纹（草稿或非本系统生成） / the report carries no fingerprint (a draft, or not made by this app)');
      else if (found?.intact) console.log(`一致 / MATCH: ${found.number}《${found.title}》第 ${found.version} 版，签发于 ${found.signedAt}`);
      else console.log(`不一致 / NO MATCH: 指纹 ${props.fingerprint} 不属于本数据库中任何已签发版本 / belongs to no signed version here`);
      if (!result.matches) process.exitCode = 2;
    });

  program
    .command('demo')
    .description('生成示例评价（城市轨道交通建设规划）并输出报告 / build the sample assessment and its report')
    .requiredOption('-o, --out <dir>', '输出目录 / output folder')
    .action(async (opts: { out: string }) => {
      const result = await withCore(async (core) => {
        const demo = await buildDemo(core);
        const { bytes } = await reportFor(core, demo.assessmentId);
        return { demo, bytes };
      });
      await mkdir(opts.out, { recursive: true });
      const out = path.join(opts.out, 'report.docx');
      await writeFile(out, result.bytes);
      console.log(`示例评价 / sample assessment: ${result.demo.number} (${result.demo.assessmentId})`);
      console.log(`报告指纹 / fingerprint: ${result.demo.fingerprint}`);
      console.log(`报告 / report: ${out}`);
    });

}
