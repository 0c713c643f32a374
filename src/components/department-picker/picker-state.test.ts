import { describe, expect, it } from 'vitest';
import { groupDepartments } from '../../domain/department-search';
import type { DepartmentSummary } from '../../domain/library';
import { CLOSED, OPTION_LIMIT, pickerKey, typed, visibleList, type PickerState } from './picker-state';

function dept(i: number, district: string | null): DepartmentSummary {
  return {
    dept: `d${i}`,
    name: `上海市${district ?? ''}第${String(i).padStart(4, '0')}局`,
    nameEn: null,
    level: district ? 'district' : 'municipal',
    district,
    kind: 'department',
    years: [2026],
    imported: false,
  };
}

const small = [dept(1, '普陀区'), dept(2, null), dept(3, '黄浦区'), dept(4, '普陀区')];
const DISTRICTS = ['黄浦区', '徐汇区', '普陀区', '浦东新区'];
const large = Array.from({ length: 2000 }, (_, i) => dept(i, i < 100 ? null : DISTRICTS[i % DISTRICTS.length]!));

describe('visibleList', () => {
  it('flattens the groups into one list of options, numbered in order', () => {
    const list = visibleList(groupDepartments(small, 'zh-CN'), null);
    expect(list.groups.map((g) => g.group.key)).toEqual(['municipal', 'district:黄浦区', 'district:普陀区']);
    expect(list.options.map((d) => d.dept)).toEqual(['d2', 'd3', 'd1', 'd4']);
    expect(list.groups.flatMap((g) => g.options.map((o) => o.index))).toEqual([0, 1, 2, 3]);
    expect(list).toMatchObject({ total: 4, hidden: 0 });
  });

  it('keeps only the matches, and drops the groups left empty', () => {
    const list = visibleList(groupDepartments(small, 'zh-CN'), new Set([small[0]!, small[3]!]));
    expect(list.groups.map((g) => g.group.key)).toEqual(['district:普陀区']);
    expect(list.options).toEqual([small[0], small[3]]);
    expect(list.groups[0]!.options.map((o) => o.index)).toEqual([0, 1]);
  });

  it('draws at most OPTION_LIMIT of 2,000 departments and counts the rest', () => {
    const list = visibleList(groupDepartments(large, 'zh-CN'), null);
    expect(list.options).toHaveLength(OPTION_LIMIT);
    expect(list).toMatchObject({ total: 2000, hidden: 2000 - OPTION_LIMIT });
    // the municipal group alone fills the first hundred: no empty district heading follows it
    expect(list.groups.map((g) => g.group.key)).toEqual(['municipal']);
    const narrowed = visibleList(groupDepartments(large, 'zh-CN'), new Set(large.slice(1990)));
    expect(narrowed).toMatchObject({ total: 10, hidden: 0 });
  });
});

const open = (active: number, query = ''): PickerState => ({ open: true, active, query });

describe('pickerKey', () => {
  it('opens on ArrowDown at the current department, or at the first option', () => {
    expect(pickerKey(CLOSED, 'ArrowDown', 5, 3).state).toEqual(open(3));
    expect(pickerKey(CLOSED, 'ArrowDown', 5, -1).state).toEqual(open(0));
    expect(pickerKey(CLOSED, 'ArrowDown', 0, -1).state).toEqual(open(-1));
  });

  it('opens on ArrowUp at the current department, or at the last option', () => {
    expect(pickerKey(CLOSED, 'ArrowUp', 5, 3).state).toEqual(open(3));
    expect(pickerKey(CLOSED, 'ArrowUp', 5, -1).state).toEqual(open(4));
  });

  it('moves with the arrows, wrapping at either end', () => {
    expect(pickerKey(open(-1), 'ArrowDown', 5, -1).state.active).toBe(0);
    expect(pickerKey(open(1), 'ArrowDown', 5, -1).state.active).toBe(2);
    expect(pickerKey(open(4), 'ArrowDown', 5, -1).state.active).toBe(0);
    expect(pickerKey(open(1), 'ArrowUp', 5, -1).state.active).toBe(0);
    expect(pickerKey(open(0), 'ArrowUp', 5, -1).state.active).toBe(4);
    expect(pickerKey(open(-1), 'ArrowUp', 5, -1).state.active).toBe(4);
    expect(pickerKey(open(-1, 'zzz'), 'ArrowDown', 0, -1)).toMatchObject({ state: open(-1, 'zzz'), handled: true });
  });

  it('goes to the first and last option with Home and End while an option is active', () => {
    expect(pickerKey(open(2), 'Home', 5, -1)).toMatchObject({ state: open(0), handled: true });
    expect(pickerKey(open(2), 'End', 5, -1)).toMatchObject({ state: open(4), handled: true });
    // with the caret in the text (no option active) they move the caret: not ours
    expect(pickerKey(open(-1, 'pu'), 'Home', 5, -1)).toMatchObject({ state: open(-1, 'pu'), handled: false });
    expect(pickerKey(CLOSED, 'End', 5, -1).handled).toBe(false);
  });

  it('chooses the active option with Enter, and closes', () => {
    expect(pickerKey(open(2, 'pu'), 'Enter', 5, -1)).toEqual({ state: CLOSED, choose: 2, handled: true });
  });

  it('chooses the first match with Enter when a query is typed and no option is active', () => {
    expect(pickerKey(open(-1, 'putuo'), 'Enter', 3, -1).choose).toBe(0);
    expect(pickerKey(open(-1, ''), 'Enter', 3, -1)).toMatchObject({ choose: null, handled: true });
    expect(pickerKey(open(-1, 'zzz'), 'Enter', 0, -1).choose).toBeNull();
    expect(pickerKey(CLOSED, 'Enter', 3, -1)).toMatchObject({ choose: null, handled: false });
  });

  it('closes on the first Escape, clears on the second, and lets a third through', () => {
    const first = pickerKey(open(2, 'putuo'), 'Escape', 5, -1);
    expect(first).toMatchObject({ state: { open: false, active: -1, query: 'putuo' }, handled: true });
    const second = pickerKey(first.state, 'Escape', 5, -1);
    expect(second).toMatchObject({ state: CLOSED, handled: true });
    expect(pickerKey(second.state, 'Escape', 5, -1).handled).toBe(false);
  });

  it('closes on Tab without choosing, and lets focus leave', () => {
    expect(pickerKey(open(2, 'pu'), 'Tab', 5, -1)).toEqual({
      state: { open: false, active: -1, query: 'pu' },
      choose: null,
      handled: false,
    });
  });

  it('leaves other keys to the input', () => {
    expect(pickerKey(open(2), 'a', 5, -1)).toMatchObject({ state: open(2), handled: false });
  });

  it('opens with no option active when the user types', () => {
    expect(typed('普陀')).toEqual(open(-1, '普陀'));
  });
});
