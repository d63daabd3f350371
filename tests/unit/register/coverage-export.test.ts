/**
 * 导出统计表: the coverage table a health office sends upward carries the same counts and the
 * same percentages as the dashboard, in CSV and XLSX.
 */
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { client, fileInput, useCores } from './helpers';

const newCore = useCores();

// Six items; the expected numbers are worked out by hand beside each check.
const CSV = [
  '标题,类别,起草部门,年度,状态,豁免理由',
  '甲规划,发展规划,市规划局,2025,已签发,',
  '乙项目,政府投资重大工程项目,市建委,2025,评价中,',
  '丙项目,政府投资重大工程项目,市建委,2025,未评价,',
  '丁文件,规范性文件,市卫健委,2025,豁免,程序性文件',
  '戊文件,规范性文件,市卫健委,2025,未评价,',
  '己文件,规范性文件,市卫健委,2024,已签发,',
].join('\r\n');

describe('coverage export', () => {
  it('has the dashboard numbers for the year, by category, department, year and target, with sources', async () => {
    const { core } = await newCore();
    const call = client(core);
    expect(await call('register/import', fileInput('r.csv', CSV))).toMatchObject({ imported: 6 });

    const out = await call('coverage/export', { year: 2025, format: 'xlsx' });
    expect(out.fileName).toBe('健康影响评价覆盖率-2025年.xlsx');
    const [sheet] = await readXlsxFile(Buffer.from(out.dataBase64, 'base64'));
    const rows = sheet!.data.map((r) => r.map((c) => (c === null ? '' : String(c))));
    const find = (group: string, name: string) => rows.find((r) => r[0] === group && r[1]!.startsWith(name))!;
    // 2025: 5 registered, 1 exempt → base 4; submitted 2 (甲 signed, 乙 in progress) → 50.0%.
    expect(find('总体', '2025年')).toEqual(['总体', '2025年（分母为登记总数减豁免）', '5', '2', '1', '1', '1', '2', '4', '50.0%', '', '', '']);
    expect(find('类别', '政府投资重大工程项目').slice(2, 10)).toEqual(['2', '1', '1', '0', '0', '1', '2', '50.0%']);
    expect(find('部门', '市卫健委').slice(2, 10)).toEqual(['2', '1', '0', '0', '1', '0', '1', '0.0%']);
    expect(find('年度', '2024年').slice(9, 10)).toEqual(['100.0%']);
    // Plans and projects: 2 of 3 → 66.7%, below 80%.
    const plans = find('目标', '中长期发展规划');
    expect(plans.slice(7, 12)).toEqual(['2', '3', '66.7%', '≥80%', '未达标']);
    expect(plans[12]).toContain('《健康杭州“十四五”规划》第1576–1580行');

    const csv = await call('coverage/export', { year: null, format: 'csv' });
    const text = Buffer.from(csv.dataBase64, 'base64').toString('utf8');
    expect(text).toContain('总体,全部年度（分母为登记总数减豁免）,6,2,1,2,1,3,5,60.0%');
    expect(text).toContain('按年度评估');
  });
});
