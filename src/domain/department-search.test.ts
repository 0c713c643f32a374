import { describe, expect, it } from 'vitest';
import { displayName, groupDepartments, searchDepartments, yearRuns } from './department-search';
import type { DepartmentSummary } from './library';

function dept(fields: Partial<DepartmentSummary> & Pick<DepartmentSummary, 'dept' | 'name'>): DepartmentSummary {
  return {
    nameEn: null,
    level: 'municipal',
    district: null,
    kind: 'department',
    years: [2026],
    imported: false,
    ...fields,
  };
}

// The departments of the library's published documents, with our English names.
const hsa = dept({
  dept: 'shanghai-hsa',
  name: '上海市医疗保障局',
  nameEn: 'Shanghai Healthcare Security Administration',
  years: [2021, 2026],
});
const putuo = { level: 'district', district: '普陀区' } as const;
const finance = dept({
  dept: 'putuo-finance',
  name: '上海市普陀区财政局',
  nameEn: 'Putuo District Finance Bureau',
  ...putuo,
  years: [2025],
});
const wanli = dept({
  dept: 'putuo-wanli-street',
  name: '上海市普陀区人民政府万里街道办事处',
  nameEn: 'Wanli Subdistrict Office',
  ...putuo,
  years: [2024],
});
const commerce = dept({
  dept: 'putuo-commerce',
  name: '上海市普陀区商务委员会',
  nameEn: null,
  ...putuo,
  kind: 'unit',
  years: [2025],
});
const justice = dept({
  dept: 'putuo-justice',
  name: '上海市普陀区司法局',
  nameEn: 'Putuo District Justice Bureau',
  ...putuo,
});
const huangpu = dept({
  dept: 'huangpu-education',
  name: '上海市黄浦区教育局',
  nameEn: 'Huangpu District Education Bureau',
  level: 'district',
  district: '黄浦区',
});
const REAL = [justice, hsa, commerce, wanli, huangpu, finance];

const DISTRICTS = [
  '黄浦区',
  '徐汇区',
  '长宁区',
  '静安区',
  '普陀区',
  '虹口区',
  '杨浦区',
  '闵行区',
  '宝山区',
  '嘉定区',
  '浦东新区',
  '金山区',
  '松江区',
  '青浦区',
  '奉贤区',
  '崇明区',
];
const OFFICES = ['财政局', '教育局', '司法局', '民政局', '卫生健康委员会', '商务委员会', '文化和旅游局', '生态环境局'];
const OFFICES_EN = [
  'Finance Bureau',
  'Education Bureau',
  'Justice Bureau',
  'Civil Affairs Bureau',
  'Health Commission',
  'Commerce Commission',
  'Culture and Tourism Bureau',
  'Ecology and Environment Bureau',
];

/** 2,000 departments: 112 municipal, the rest spread over the 16 districts; every third without an English name. */
function synthetic(): DepartmentSummary[] {
  return Array.from({ length: 2000 }, (_, i) => {
    const office = i % OFFICES.length;
    const municipal = i < 112;
    const district = municipal ? null : DISTRICTS[i % DISTRICTS.length]!;
    return dept({
      dept: `d${i}`,
      name: `上海市${district ?? ''}${OFFICES[office]}第${i}处`,
      nameEn: i % 3 === 0 ? null : `${OFFICES_EN[office]} No. ${i}`,
      level: municipal ? 'municipal' : 'district',
      district,
      kind: i % 5 === 0 ? 'unit' : 'department',
      years: [2024, 2025, 2026],
    });
  });
}

describe('searchDepartments', () => {
  it('keeps every department, in order, for an empty or blank query', () => {
    expect(searchDepartments(REAL, '')).toEqual(REAL);
    expect(searchDepartments(REAL, '  \u3000 ')).toEqual(REAL);
  });

  it('finds a department by part of its Chinese name', () => {
    expect(searchDepartments(REAL, '医疗保障')).toEqual([hsa]);
    expect(searchDepartments(REAL, '万里街道')).toEqual([wanli]);
    expect(searchDepartments(REAL, '司法')).toEqual([justice]);
  });

  it('finds a department by part of its English name, in any case', () => {
    expect(searchDepartments(REAL, 'healthcare security')).toEqual([hsa]);
    expect(searchDepartments(REAL, 'FINANCE')).toEqual([finance]);
    expect(searchDepartments(REAL, 'wanli sub')).toEqual([wanli]);
  });

  it("finds a district's departments by the district's name in either language", () => {
    const putuoDepts = [justice, commerce, wanli, finance];
    expect(searchDepartments(REAL, '普陀')).toEqual(putuoDepts);
    expect(searchDepartments(REAL, 'Putuo')).toEqual(putuoDepts);
    // Wanli's English name does not say Putuo, and the commerce commission has no English name yet
    expect(searchDepartments(REAL, 'putuo district')).toEqual(putuoDepts);
    expect(searchDepartments(REAL, 'huangpu')).toEqual([huangpu]);
  });

  it('needs every word, each in any of the names', () => {
    expect(searchDepartments(REAL, 'putuo 财政')).toEqual([finance]);
    expect(searchDepartments(REAL, 'putuo bureau')).toEqual([justice, finance]);
    expect(searchDepartments(REAL, 'putuo healthcare')).toEqual([]);
  });

  it('matches full-width letters and names without their apostrophe', () => {
    expect(searchDepartments(REAL, 'ＰＵＴＵＯ　财政')).toEqual([finance]);
    const jingan = dept({ dept: 'jingan-finance', name: '上海市静安区财政局', level: 'district', district: '静安区' });
    expect(searchDepartments([jingan], 'jingan')).toEqual([jingan]);
    expect(searchDepartments([jingan], "Jing'an")).toEqual([jingan]);
  });

  it('finds a department by an English name given after an earlier search', () => {
    const later = dept({ dept: 'later', name: '上海市某局' });
    expect(searchDepartments([later], 'bureau')).toEqual([]);
    later.nameEn = 'Some Bureau';
    expect(searchDepartments([later], 'bureau')).toEqual([later]);
  });

  it('finds nothing for a name no department has', () => {
    expect(searchDepartments(REAL, '国家税务总局')).toEqual([]);
  });

  it('searches 2,000 departments by either language and by district', () => {
    const list = synthetic();
    const inPutuo = searchDepartments(list, '普陀');
    expect(inPutuo).toHaveLength(list.filter((d) => d.district === '普陀区').length);
    expect(searchDepartments(list, 'putuo')).toEqual(inPutuo);
    expect(searchDepartments(list, 'No. 1999')).toEqual([list[1999]]);
    expect(searchDepartments(list, '第1998处')).toEqual([list[1998]]);
    expect(searchDepartments(list, 'civil affairs pudong').every((d) => d.district === '浦东新区')).toBe(true);
  });
});

describe('groupDepartments', () => {
  it('puts the municipal departments first, then each district by its Chinese name', () => {
    const groups = groupDepartments(REAL, 'zh-CN');
    expect(groups.map((g) => g.key)).toEqual(['municipal', 'district:黄浦区', 'district:普陀区']);
    expect(groups.map((g) => g.districtName)).toEqual([null, '黄浦区', '普陀区']);
    expect(groups[0]!.departments).toEqual([hsa]);
  });

  it('names the districts in English, in the same order', () => {
    const groups = groupDepartments(REAL, 'en');
    expect(groups.map((g) => g.districtName)).toEqual([null, 'Huangpu District', 'Putuo District']);
  });

  it('sorts the departments of a group by the name shown, in pinyin order for Chinese', () => {
    // 财 cái, 人 rén (万里街道: 人民政府), 商 shāng, 司 sī
    expect(groupDepartments(REAL, 'zh-CN')[2]!.departments).toEqual([finance, wanli, commerce, justice]);
    // In English by the English name, the commission without one after the others.
    const en = groupDepartments(REAL, 'en')[2]!.departments;
    expect(en.map((d) => displayName(d, 'en'))).toEqual([
      'Putuo District Finance Bureau',
      'Putuo District Justice Bureau',
      'Wanli Subdistrict Office',
      '上海市普陀区商务委员会',
    ]);
  });

  it('keeps a district document that names no district in a last group of its own', () => {
    const unnamed = dept({ dept: 'x', name: '某区某局', level: 'district', district: null });
    expect(groupDepartments([unnamed, finance, hsa], 'zh-CN').map((g) => g.key)).toEqual([
      'municipal',
      'district:普陀区',
      'district:',
    ]);
  });

  it('groups 2,000 departments into municipal and the 16 districts, keeping every department once', () => {
    const list = synthetic();
    const groups = groupDepartments(list, 'zh-CN');
    expect(groups).toHaveLength(17);
    expect(groups[0]!.key).toBe('municipal');
    expect(groups[0]!.departments).toHaveLength(112);
    const districts = groups.slice(1).map((g) => g.district!);
    expect(districts).toEqual([...districts].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN')));
    expect(districts.slice(0, 3)).toEqual(['宝山区', '崇明区', '奉贤区']);
    expect(new Set(groups.flatMap((g) => g.departments)).size).toBe(2000);
    for (const group of groups) {
      const names = group.departments.map((d) => d.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN')));
    }
  });
});

describe('displayName', () => {
  it('shows our English name in English, else the published name', () => {
    expect(displayName(hsa, 'en')).toBe('Shanghai Healthcare Security Administration');
    expect(displayName(hsa, 'zh-CN')).toBe('上海市医疗保障局');
    expect(displayName(commerce, 'en')).toBe('上海市普陀区商务委员会');
  });
});

describe('yearRuns', () => {
  it('joins consecutive years', () => {
    expect(yearRuns([2021, 2026])).toEqual([
      [2021, 2021],
      [2026, 2026],
    ]);
    expect(yearRuns([2019, 2020, 2021, 2024])).toEqual([
      [2019, 2021],
      [2024, 2024],
    ]);
    expect(yearRuns([])).toEqual([]);
  });
});
