import { describe, expect, it } from 'vitest';
import { assign, projectKey } from './project-match.js';

describe('projectKey', () => {
  it('drops the endings the parts print differently (seed 004)', () => {
    expect(projectKey('关爱离退休人员项目经费')).toBe('关爱离退休人员');
    expect(projectKey('关爱离退休人员项目')).toBe('关爱离退休人员');
    expect(projectKey('业务运转经费项目')).toBe('业务运转');
    expect(projectKey('印刷费')).toBe('印刷费');
  });
});

describe('assign', () => {
  it('tells apart projects of one name by unit, then by amount, each offer used once', () => {
    const projects = [
      { name: '驻外办事处业务工作经费', unit: '驻广州办事处', amount: 182 },
      { name: '驻外办事处业务工作经费', unit: '驻上海办事处', amount: 218 },
      { name: '驻外办事处业务工作经费', amount: 130 },
    ];
    const offers = [
      { name: '驻外办事处业务工作经费', unit: '驻西安办事处', amount: 130 },
      { name: '驻外办事处业务工作经费', unit: '驻上海办事处', amount: 218 },
      { name: '驻外办事处业务工作经费', unit: '驻广州办事处', amount: 182 },
    ];
    expect(assign(projects, offers)).toEqual([2, 1, 0]);
  });
  it('matches a name contained in the other, but not a short stem', () => {
    expect(assign([{ name: '服务质量改善' }], [{ name: '服务质量改善项目' }])).toEqual([0]);
    expect(assign([{ name: '印刷' }], [{ name: '印刷费补助' }])).toEqual([-1]);
  });
});
