/**
 * Electron security checklist, checked by electronegativity (@doyensec/electronegativity).
 *
 *   npx tsx scripts/security-check.ts            # the app's sources
 *   npx tsx scripts/security-check.ts --json     # machine-readable findings
 *
 * Exits 1 on any HIGH finding, and on any file it could not parse (a file not parsed is a file
 * not checked). Lower severities are printed for review but do not fail the run.
 *
 * Why the programmatic API and not the `electronegativity` command: its CLI relies on an old
 * `commander` being hoisted to the top of node_modules and breaks with ours (v14: "version is
 * not a function"). Why sources and not out/: its Babel parser reads our TypeScript 5.9 fine
 * and the findings are the same, with real file names and line numbers.
 *
 * Offline by design: the tool fetches translations (and, for AvailableSecurityFixesGlobalCheck,
 * Electron's release list) from GitHub. That check is excluded, as ARCHITECTURE.md says, and
 * the HTTP client is replaced by one that fails at once, so no request leaves the machine and
 * no run waits on a time-out.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface Finding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  sample: string;
  description: string;
  url: string;
}

export interface SecurityReport {
  findings: Finding[];
  /** Files electronegativity could not parse. */
  unparsed: { file: string; message: string }[];
  checks: number;
  ok: boolean;
}

interface EngIssue {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  file: string;
  location: { line: number };
  sample?: string;
  description: string;
  shortenedURL?: string;
}

interface EngResult {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: EngIssue[];
}

type Run = (options: Record<string, unknown>) => Promise<EngResult>;

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** What electronegativity reads: the shell, the core, the renderer, shared code, and the Electron version. */
export const APP_SOURCES = ['electron', 'renderer', 'shared', 'package.json'];
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const SEVERITY_ORDER = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];

function loadElectronegativity(): Run {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@doyensec/electronegativity');
  const gotPath = createRequire(entry).resolve('got');
  const offline = () => Promise.reject(new Error('offline: network access disabled by scripts/security-check.ts'));
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: Object.assign(offline, { head: offline }) } as unknown as NodeJS.Module;
  return require(entry) as Run;
}

/**
 * Copies the sources into a temporary folder and scans that: pointed at the project root, the
 * tool would walk all of node_modules before filtering it out.
 */
export async function runSecurityCheck(options: { root?: string; sources?: string[] } = {}): Promise<SecurityReport> {
  const root = options.root ?? projectRoot;
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'hia-electronegativity-'));
  const savedLang = process.env.LANG;
  const savedLog = console.log;
  try {
    for (const source of options.sources ?? APP_SOURCES) {
      const from = path.join(root, source);
      if (fs.existsSync(from)) fs.cpSync(from, path.join(stage, source), { recursive: true, filter: (f) => !f.includes(`${path.sep}node_modules`) });
    }
    process.env.LANG = 'en-US'; // the tool uses LANG as its message locale; keep English
    // It logs "Could not retrieve updated translations" when offline; that is expected here.
    console.log = (...args: unknown[]) => {
      if (!String(args[0]).startsWith('Could not retrieve updated translations')) savedLog(...args);
    };
    const result = await loadElectronegativity()({ input: stage, excludeFromScan: EXCLUDED_CHECKS, isRelative: true });
    const findings = result.issues
      .map((i) => ({
        id: i.id,
        severity: i.severity.name,
        confidence: i.confidence.name,
        file: i.file,
        line: i.location.line,
        sample: (i.sample ?? '').trim(),
        description: i.description,
        url: i.shortenedURL ?? `https://github.com/doyensec/electronegativity/wiki/${i.id}`,
      }))
      .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.file.localeCompare(b.file) || a.line - b.line);
    const unparsed = result.errors.filter((e) => !e.tolerable).map((e) => ({ file: path.relative(stage, e.file), message: e.message }));
    return {
      findings,
      unparsed,
      checks: result.globalChecks + result.atomicChecks,
      ok: unparsed.length === 0 && !findings.some((f) => f.severity === 'HIGH'),
    };
  } finally {
    console.log = savedLog;
    if (savedLang === undefined) delete process.env.LANG;
    else process.env.LANG = savedLang;
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

export function formatReport(report: SecurityReport): string {
  const lines = [`electronegativity: ${report.checks} checks (excluded: ${EXCLUDED_CHECKS.join(', ')})`];
  for (const f of report.findings) {
    lines.push(`${f.severity.padEnd(13)} ${f.id}  ${f.file}:${f.line}  [${f.confidence}]`, `              ${f.description}`);
    if (f.sample) lines.push(`              > ${f.sample.slice(0, 160)}`);
    lines.push(`              ${f.url}`);
  }
  for (const u of report.unparsed) lines.push(`NOT PARSED    ${u.file}: ${u.message}`);
  const high = report.findings.filter((f) => f.severity === 'HIGH').length;
  lines.push(report.ok ? `OK: no HIGH findings (${report.findings.length} to review)` : `FAILED: ${high} HIGH finding(s), ${report.unparsed.length} file(s) not parsed`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const report = await runSecurityCheck();
  console.log(process.argv.includes('--json') ? JSON.stringify(report, null, 2) : formatReport(report));
  process.exitCode = report.ok ? 0 : 1;
}
