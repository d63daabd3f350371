import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Core } from '../core';
import { importEvidenceDocument } from '../evidence/import-document';

type WithCore = <T>(work: (core: Core) => Promise<T> | T) => Promise<T>;

/** `hia evidence import|list|remove`: manage the user's own documents in the evidence base. */
export function addEvidenceCommands(program: Command, withCore: WithCore): void {
  const evidence = program.command('evidence').description('管理证据库文档 / manage evidence documents');

  evidence
    .command('import')
    .description('导入 TXT（UTF-8/GBK）、Markdown、DOCX、PDF 文件 / import TXT (UTF-8/GBK), Markdown, DOCX, PDF')
    .argument('<files...>', '文件 / files')
    .option('--json', '输出 JSON / print JSON')
    .action(async (files: string[], opts: { json?: boolean }) => {
      // Progress only for a person at a terminal; scripts and --json get clean output.
      const showProgress = !opts.json && process.stderr.isTTY;
      const results = await withCore(async (core) => {
        const out: { file: string; ok: boolean; id?: string; title?: string; passages?: number; error?: string }[] = [];
        for (const file of files) {
          try {
            const doc = await importEvidenceDocument(core.evidence, await readFile(file), file, {
              onProgress: (f) => showProgress && process.stderr.write(`\r${file}: ${Math.round(f * 100)}%   `),
            });
            if (showProgress) process.stderr.write('\n');
            out.push({ file, ok: true, id: doc.id, title: doc.title, passages: doc.passageCount });
          } catch (err) {
            if (showProgress) process.stderr.write('\n');
            out.push({ file, ok: false, error: err instanceof Error ? err.message : String(err) });
          }
        }
        return out;
      });
      if (opts.json) console.log(JSON.stringify(results));
      else for (const r of results) console.log(r.ok ? `✓ ${r.id}  ${r.title}  (${r.passages} 段 / passages)` : `✗ ${r.file}: ${r.error}`);
      if (results.some((r) => !r.ok)) process.exitCode = 1;
    });

  evidence
    .command('list')
    .description('列出证据库文档 / list evidence documents')
    .option('--json', '输出 JSON / print JSON')
    .action(async (opts: { json?: boolean }) => {
      const docs = await withCore((core) => core.evidence.store.listDocuments());
      if (opts.json) console.log(JSON.stringify(docs.map(({ meta: _m, ...d }) => d)));
      else for (const d of docs) console.log(`${d.id.padEnd(18)} ${d.origin === 'seed' ? '内置' : '导入'}  ${String(d.passageCount).padStart(4)} 段  ${d.title}`);
    });

  evidence
    .command('remove')
    .description('从证据库删除导入的文档 / remove an imported document')
    .argument('<id>', '文档编号 / document id')
    .action(async (id: string) => {
      await withCore((core) => core.dispatch('evidence/remove', { id })).then((r) => {
        if (!r.ok) throw new Error(r.error.message);
        console.log(`已删除 / removed: ${id}`);
      });
    });
}
