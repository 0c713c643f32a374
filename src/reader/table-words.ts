// Words that make up the tables' page furniture and column headers. A line made only of these
// words is a header line, wherever it sits on the page (the PDF text moves headers around).
import { isUnitLine } from './read-document.ts';

const HEADER_WORDS = [
  '部门预算经济分类科目编码',
  '部门经济分类科目名称',
  '经济分类科目编码',
  '部门预算经济分类科目',
  '功能分类科目编码',
  '功能分类科目名称',
  '经济分类科目名称',
  '一般公共预算基本支出',
  '一般公共预算支出',
  '政府性基金预算支出',
  '国有资本经营预算支出',
  '事业单位经营收入',
  '财政拨款收入',
  '财政拨款支出',
  '一般公共预算',
  '政府性基金预算',
  '国有资本经营预算',
  '机关运行经费预算数',
  '“三公”经费预算数',
  '公务用车购置及运行费',
  '因公出国(境)费',
  '因公出国（境）费',
  '公务接待费',
  '机关运行经',
  '费预算数',
  '本年收入',
  '本年支出',
  '收入预算',
  '支出预算',
  '事业收入',
  '事业单位',
  '经营收入',
  '其他收入',
  '基本支出',
  '项目支出',
  '人员经费',
  '公用经费',
  '预算数',
  '合计',
  '小计',
  '购置费',
  '运行费',
  '项目',
  '编码',
  '类',
  '款',
  '项',
  '数',
];

/** A line of column headers only (possibly with a year prefix such as 2021年). */
export function isHeaderOnly(text: string): boolean {
  let rest = text.replace(/\d{4}年/g, '');
  if (rest.trim() === '') return false;
  for (const w of HEADER_WORDS) rest = rest.split(w).join(' ');
  return /^[\s\t“”"()（）]*$/.test(rest);
}

/** Page furniture: 编制部门, 单位, notes under an empty table, the 无 of an empty table. */
export function isFurniture(text: string): boolean {
  const t = text.replace(/\t/g, ' ').trim();
  return (
    /^编制部门[：:]/.test(t) ||
    /^预算主管部门[：:]/.test(t) ||
    isUnitLine(t) ||
    /(^|\s)单位[：:]\s*(万元|元)$/.test(t) ||
    /^注[：:]/.test(t) ||
    t === '无'
  );
}

export function isSkippable(text: string): boolean {
  return text.trim() === '' || isFurniture(text) || isHeaderOnly(text);
}
