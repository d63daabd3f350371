import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, Option } from 'commander';
import { APP_VERSION } from './app-info';
import { createCore } from './core';
import { defaultDbPath } from './paths';
import { startCoreThread } from './core-thread';
import { startWebHost } from './web-host';
import { screenJson, screenText, searchJson, searchText } from './cli/evidence-output';
import { readTextArgument } from './cli/read-input';
import { addEvidenceCommands } from './cli/evidence-commands';
import { addSignoffCommands } from './cli/signoff-commands';
import { addBackupCommands } from './cli/backup-commands';
import { addRegisterCommands } from './cli/register-commands';
import { addCoverageCommands } from './cli/coverage-commands';
import { restoringDispatch } from './backup/restore-host';
import { backupDirFor } from './backup/backup';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The `hia` command. Each subcommand opens the core on the `--db` database. */
export function buildCli(): Command {
  const program = new Command('hia')
    .description('健康影响评价工作台 命令行 / HIA Workbench command line')
    .version(APP_VERSION, '-v, --version', '显示版本 / show the version')
    .helpOption('-h, --help', '显示帮助 / show help')
    .addOption(
      new Option('--db <path>', '数据库文件 / database file').default(defaultDbPath(), 'the per-user data folder'),
    )
    .showHelpAfterError();

  program
    .command('web')
    .description('浏览器模式：在本机回环地址上提供界面 / browser mode: serve the app on loopback')
    .option('-p, --port <port>', '端口（0 为随机） / port (0 = random)', '0')
    .option('--static <dir>', '已构建的界面目录 / built renderer folder', path.join(projectRoot, 'out', 'renderer'))
    .action(async (opts: { port: string; static: string }) => {
      const { db } = program.opts<{ db: string }>();
      // The core runs in a worker thread (as in the desktop app), so a long import or report
      // never stalls the HTTP server. The worker loads TypeScript through tsx, like this CLI.
      const entry = new URL('../bin/core-worker-tsx.js', import.meta.url);
      const coreOptions = { dbPath: db, host: 'web' as const, backupSchedule: true };
      let core = await startCoreThread(entry, coreOptions);
      // Restore replaces the database file, so the host closes and restarts the core around it.
      const dispatch = restoringDispatch({
        dispatch: () => core.dispatch,
        closeCore: () => core.close(),
        startCore: async () => {
          core = await startCoreThread(entry, coreOptions);
        },
        dbPath: core.dbPath,
        backupDir: backupDirFor(core.dbPath),
      });
      const host = await startWebHost({ dispatch, staticDir: opts.static, port: Number(opts.port) });
      // The first line is machine-read by tests: keep its shape.
      console.log(`HIA Workbench (browser mode): ${host.openUrl}`);
      console.log(`数据库 / database: ${core.dbPath}`);
      console.log('在浏览器中打开上面的地址；按 Ctrl+C 退出。 / Open the address above in a browser; Ctrl+C to stop.');
      const stop = () => {
        void host
          .close()
          .then(() => core.close())
          .then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });

  program
    .command('info')
    .description('显示数据库位置与版本 / show database location and versions')
    .option('--json', '输出 JSON / print JSON')
    .action(async (opts: { json?: boolean }) => {
      const core = await createCore({ dbPath: program.opts<{ db: string }>().db, host: 'web' });
      try {
        const info = core.handlers['app/info']({}) as Record<string, unknown>;
        const count = core.assessments.list().length;
        if (opts.json) console.log(JSON.stringify({ ...info, assessments: count }));
        else console.log(`${info.name} ${info.version}\n数据库 / database: ${info.dataPath} (schema ${info.schemaVersion})\n评价项目 / assessments: ${count}`);
      } finally {
        core.close();
      }
    });

  /** Opens the core on --db, runs `work`, and always closes the database. */
  async function withCore<T>(work: (core: Awaited<ReturnType<typeof createCore>>) => Promise<T> | T): Promise<T> {
    const core = await createCore({ dbPath: program.opts<{ db: string }>().db, host: 'web' });
    try {
      return await work(core);
    } finally {
      core.close();
    }
  }

  program
    .command('search')
    .description('检索证据库：健康影响因素与证据段落 / search the evidence base')
    .argument('<query>', '查询词 / query text')
    .option('-n, --limit <n>', '返回条数 / number of results', '10')
    .option('--json', '输出 JSON / print JSON')
    .action(async (query: string, opts: { limit: string; json?: boolean }) => {
      const limit = Math.max(1, Math.min(200, Number.parseInt(opts.limit, 10) || 10));
      const result = await withCore((core) => core.evidence.search(query, { limit }));
      console.log(opts.json ? JSON.stringify(searchJson(result)) : searchText(result));
    });

  program
    .command('screen')
    .description('初筛整份草案（文件或 - 表示标准输入） / screen a whole draft (file, or - for stdin)')
    .argument('<file>', '草案文件 / draft file')
    .option('--json', '输出 JSON / print JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const text = await readTextArgument(file);
      const result = await withCore((core) => core.evidence.screen(text));
      console.log(opts.json ? JSON.stringify(screenJson(result)) : screenText(result));
    });

  addEvidenceCommands(program, withCore);
  addSignoffCommands(program, withCore);
  addRegisterCommands(program, withCore);
  addCoverageCommands(program, withCore);
  addBackupCommands(program, () => program.opts<{ db: string }>().db);

  return program;
}

export async function runCli(argv: string[]): Promise<void> {
  await buildCli().parseAsync(argv, { from: 'user' });
}
