import { describe, expect, it } from 'vitest';
import { parseDepartmentName } from '../../src/store/department-name.js';

describe('parseDepartmentName', () => {
  it.each([
    ['新疆维吾尔自治区人民政府办公厅', '新疆', null, '省级'],
    ['新疆维吾尔自治区喀什地区行政公署驻乌鲁木齐办事处', '新疆', '喀什地区', '市级'],
    ['新疆维吾尔自治区乌鲁木齐市水磨沟区教育局', '新疆', '乌鲁木齐市水磨沟区', '区县级'],
    ['新疆维吾尔自治区伊犁哈萨克自治州霍城县财政局', '新疆', '伊犁哈萨克自治州霍城县', '区县级'],
    ['上海市普陀区财政局', '上海', '普陀区', '区县级'],
    ['上海市浦东新区卫生健康委员会', '上海', '浦东新区', '区县级'],
    ['上海市财政局', '上海', null, '省级'],
    ['上海市城市管理行政执法局', '上海', null, '省级'],
    ['广东省广州市天河区人民政府办公室', '广东', '广州市天河区', '区县级'],
    ['浙江省教育厅', '浙江', null, '省级'],
    ['北京市 海淀区 园林绿化局', '北京', '海淀区', '区县级'],
  ])('%s → %s / %s / %s', (name, region, locality, level) => {
    expect(parseDepartmentName(name)).toEqual({ region, locality, level });
  });

  it('says nothing when the name names no region', () => {
    expect(parseDepartmentName('某某单位')).toEqual({ region: null, locality: null, level: null });
  });
});
