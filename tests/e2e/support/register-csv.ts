/**
 * A register file for the browser test, written as an official would fill it in a spreadsheet,
 * with planted mistakes of different kinds, and the coverage the test expects, counted here
 * from the test's own rows (never with the app's code).
 */
import { prng } from '../../support/prng';


export const CATEGORIES = ['规范性文件', '重大公共政策', '发展规划', '政府投资重大工程项目', '其他'] as const;
export const DEPARTMENTS = [
  '市发展和改革委员会',
  '市住房和城乡建设局',
  '市交通运输局',
  '市生态环境局',
  '市教育局',
  '市卫生健康委员会',
  '市民政局',
  '市自然资源和规划局',
] as const;
type Status = '未评价' | '评价中' | '已签发' | '豁免';
const TOPICS = ['城市更新', '老旧小区改造', '公共交通', '生活垃圾分类', '学校体育', '养老服务', '河道整治', '绿道建设', '农贸市场', '夜间经济'];
const FORMS = ['实施意见', '管理办法', '专项规划', '建设项目', '行动方案'];
const REASONS = ['程序性文件，无实质性健康影响路径', '收费标准调整，不涉及健康决定因素', '废止类文件', '议事规则'];

export interface GoodRow {
  title: string;
  category: (typeof CATEGORIES)[number];
  department: (typeof DEPARTMENTS)[number];
  year: 2024 | 2025;
  status: Status;
  reason: string;
}

export interface RegisterFile {
  csv: string;
  /** Rows that should import, in file order. */
  good: GoodRow[];
  /** Spreadsheet row numbers (header = row 1) of the planted bad rows, ascending. */
  badRows: number[];
  rowCount: number;
}

const HEADER = ['序号', '标题', '类别', '起草部门', '年度', '状态', '豁免理由', '备注'];

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** 200 data rows: 188 good, 12 bad of six kinds, bad ones spread through the file. */
export function registerFile(total = 200): RegisterFile {
  const rand = prng(20251122);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const weighted = (): Status => {
    const r = rand();
    return r < 0.35 ? '未评价' : r < 0.6 ? '评价中' : r < 0.85 ? '已签发' : '豁免';
  };
  const good = (n: number): GoodRow => {
    const status = weighted();
    return {
      title: `关于${pick(TOPICS)}的${pick(FORMS)}（第${n}号）`,
      category: pick(CATEGORIES),
      department: pick(DEPARTMENTS),
      year: rand() < 0.55 ? 2025 : 2024,
      status,
      reason: status === '豁免' ? pick(REASONS) : '',
    };
  };
  const toCells = (r: GoodRow): (string | number)[] => [r.title, r.category, r.department, r.year, r.status, r.reason, ''];

  // The 12 bad rows, by kind; each gets its own place in the file (never the first rows, so the
  // duplicates have an earlier row to repeat).
  const kinds = [
    'no-title',
    'no-title',
    'category',
    'category',
    'year',
    'year',
    'exempt-no-reason',
    'exempt-no-reason',
    'duplicate',
    'duplicate',
    'status',
    'no-department',
  ] as const;
  const positions = new Set<number>();
  while (positions.size < kinds.length) positions.add(10 + Math.floor(rand() * (total - 10)));
  const badAt = new Map([...positions].sort((a, b) => a - b).map((p, i) => [p, kinds[i]!]));

  const rows: (string | number)[][] = [];
  const goods: GoodRow[] = [];
  let n = 0;
  for (let i = 0; i < total; i++) {
    const kind = badAt.get(i);
    const r = good(++n);
    if (kind === undefined) {
      goods.push(r);
      rows.push(toCells(r));
    } else if (kind === 'duplicate') {
      // A verbatim copy of an earlier good row: title, department and year all equal.
      rows.push(toCells(goods[Math.floor(rand() * goods.length)]!));
    } else {
      const cells = toCells({ ...r, ...(kind === 'exempt-no-reason' ? { status: '豁免', reason: '' } : {}) });
      if (kind === 'no-title') cells[0] = '';
      if (kind === 'category') cells[1] = '文件';
      if (kind === 'year') cells[3] = '二〇二五';
      if (kind === 'status') cells[4] = '已审核';
      if (kind === 'no-department') cells[2] = '';
      rows.push(cells);
    }
  }
  const lines = [HEADER, ...rows.map((cells, i) => [i + 1, ...cells])].map((cells) => cells.map(csvCell).join(','));
  return {
    // With a BOM, as Excel and WPS save "CSV UTF-8".
    csv: `\uFEFF${lines.join('\r\n')}\r\n`,
    good: goods,
    badRows: [...badAt.keys()].map((i) => i + 2),
    rowCount: total,
  };
}

export interface Expected {
  total: number;
  submitted: number;
  exempt: number;
  base: number;
}

/** Counts the way the issue defines coverage: submitted = 评价中 + 已签发; base = total − 豁免 (or total). */
export function expectedCounts(rows: readonly GoodRow[], exemptInBase: boolean): Expected {
  const total = rows.length;
  const submitted = rows.filter((r) => r.status === '评价中' || r.status === '已签发').length;
  const exempt = rows.filter((r) => r.status === '豁免').length;
  return { total, submitted, exempt, base: exemptInBase ? total : total - exempt };
}

/** "62.5%": one decimal, as a person rounds by hand (half up); "—" for nothing to count. */
export function percent({ submitted, base }: Expected): string {
  if (base === 0) return '—';
  return `${(Math.round((submitted * 1000) / base) / 10).toFixed(1)}%`;
}
