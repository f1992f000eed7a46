// The fillable workbook's layout, declared once: sheet names, headers and the keys of key/value
// sheets. `yusuan template` writes it; the reader maps the same headers back to BudgetInput fields.

export interface SheetDef {
  readonly name: string;
  /** Column headers in printed order: field id → header text. */
  readonly columns: readonly {
    readonly id: string;
    readonly header: string;
    readonly width?: number;
  }[];
}

const col = (id: string, header: string, width = 18) => ({ id, header, width });

export const SHEETS = {
  info: {
    name: '单位信息',
    columns: [col('key', '项目', 22), col('value', '内容', 60)],
  },
  items: {
    name: '预算明细',
    columns: [
      col('unit', '预算单位', 36),
      col('functionCode', '功能分类', 12),
      col('economicCode', '经济分类', 12),
      col('source', '资金来源', 24),
      col('type', '支出类型', 12),
      col('project', '项目名称', 30),
      col('amount', '金额（元）', 18),
    ],
  },
  prior: { name: '上年数', columns: [col('key', '项目', 36), col('amount', '上年预算（元）')] },
  reasons: { name: '增减原因', columns: [col('key', '项目', 36), col('reason', '主要原因', 80)] },
  projects: {
    name: '项目说明',
    columns: [
      col('name', '项目名称', 30),
      col('unit', '承担单位', 36),
      col('basis', '设立的政策依据', 60),
      col('allocation', '资金分配情况', 60),
      col('period', '资金执行时间', 24),
      // One row per allocation item; rows with the same 项目名称 and 承担单位 are one project.
      col('allocItem', '分配明细', 24),
      col('allocAmount', '分配金额（元）'),
    ],
  },
  threePublic: {
    name: '三公',
    columns: [
      col('item', '项目', 20),
      col('general', '一般公共预算（元）'),
      col('fund', '政府性基金（元）'),
      col('capital', '国有资本经营（元）'),
      col('prior', '上年预算（元）'),
      col('reason', '主要原因', 60),
    ],
  },
  performance: {
    name: '绩效目标',
    columns: [
      col('kind', '类型', 12),
      col('unit', '预算单位', 30),
      col('project', '项目名称', 30),
      col('goal', '总体目标', 50),
      col('level1', '一级指标', 14),
      col('level2', '二级指标', 14),
      col('name', '三级指标', 24),
      col('value', '指标值', 14),
      col('basis', '设定依据', 30),
      // What a 上海 form prints about its project; repeated on each of its rows, like 总体目标.
      col('manager', '项目负责人', 12),
      col('nature', '项目性质', 12),
      col('category', '项目类别', 12),
      col('start', '计划开始日期', 14),
      col('end', '计划完成日期', 14),
      col('projectGoal', '项目总目标', 50),
    ],
  },
  procurement: { name: '政府采购', columns: [col('key', '项目', 30), col('amount', '金额（元）')] },
  assets: { name: '国有资产', columns: [col('key', '项目', 30), col('value', '数值', 20)] },
  glossary: { name: '名词解释', columns: [col('term', '名词', 24), col('definition', '解释', 80)] },
  /** Names of codes our catalog lacks (it is partial: see SOURCES.md), so they can still be used. */
  codeNames: {
    name: '科目名称',
    columns: [col('code', '科目编码', 14), col('name', '科目名称', 40)],
  },
} as const satisfies Record<string, SheetDef>;

/** 单位信息 keys → identity/overview fields; 职能, 内设机构 and 预算单位 may repeat. */
export const INFO_KEYS = {
  部门: 'department',
  年度: 'year',
  范围: 'scope',
  单位: 'unit',
  模板: 'profile',
  签署日期: 'signedDate',
  职能: 'function',
  内设机构: 'internalUnit',
  预算单位: 'budgetUnit',
  编制数: 'authorized',
  实有人数: 'actual',
  在职人数: 'active',
  退休人数: 'retired',
  离休人数: 'separated',
  '机关运行经费（元）': 'operatingCosts',
} as const;

export const PROCUREMENT_KEYS = {
  货物: 'goods',
  工程: 'works',
  服务: 'services',
  面向中小企业预留: 'smeReserved',
  其中小微企业预留: 'smallMicroReserved',
} as const;

export const ASSET_KEYS = {
  截至: 'asOf',
  '房屋面积（平方米）': 'buildingArea',
  '房屋价值（元）': 'buildingValue',
  '车辆（辆）': 'vehicles',
  '车辆价值（元）': 'vehicleValue',
  '办公家具价值（元）': 'furnitureValue',
  '其他资产价值（元）': 'otherValue',
  '50万元以上大型设备（台）': 'largeEquipmentOver50',
  '100万元以上大型设备（台）': 'largeEquipmentOver100',
  '拟购置车辆（辆）': 'plannedVehicles',
  '拟购置50万元以上设备（台）': 'plannedEquipmentOver50',
  '拟购置100万元以上设备（台）': 'plannedEquipmentOver100',
} as const;

export const PERFORMANCE_KINDS = { 部门整体: 'department', 项目: 'project' } as const;

/** The hidden sheet with the lists the data validations point at. */
export const LISTS_SHEET = '代码表';
