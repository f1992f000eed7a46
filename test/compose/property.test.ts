// Every composed disclosure is consistent by construction: `check` finds no error on random
// line-item sets (several units, every source, empty fund/capital tables, zero 三公; issue 4).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDisclosure } from '../../src/check/index.js';
import { compose } from '../../src/compose/index.js';
import { DisclosureSchema } from '../../src/model/disclosure.js';
import { budgetInput } from './arbitrary.js';

function errorsOf(input: Parameters<typeof compose>[0]): string[] {
  const { disclosure } = compose(input);
  DisclosureSchema.parse(disclosure);
  return checkDisclosure(disclosure)
    .findings.filter((f) => f.outcome === 'fail' && f.severity === 'error')
    .map(
      (f) =>
        `${f.ruleId} ${f.location.tableNumber ?? f.location.section ?? ''} ${f.location.row ?? ''} ${f.location.column ?? ''} expected ${String(f.expected)} actual ${String(f.actual)}`,
    );
}

describe('compose: property (issue 4)', () => {
  it.each(['xinjiang-2025', 'xinjiang-2021', 'shanghai-budget', 'shanghai-unit-budget'])(
    '%s: random line items compose into disclosures check passes without errors',
    (profile) => {
      fc.assert(
        fc.property(budgetInput(profile), (input) => {
          const errors = errorsOf(input);
          if (errors.length)
            throw new Error(`check errors:\n${errors.join('\n')}\ninput: ${JSON.stringify(input)}`);
        }),
        { numRuns: profile === 'xinjiang-2025' ? 50 : 15, seed: 4, endOnFailure: true },
      );
    },
  );

  it('an input with one line item composes every table, the unused ones as empty tables', () => {
    const { disclosure } = compose({
      identity: { department: '测试厅', year: 2025 },
      items: [
        {
          unit: '测试厅',
          functionCode: '2010301',
          economicCode: '30101',
          source: '一般公共预算',
          type: '人员经费',
          amount: 100,
        },
      ],
    });
    expect(disclosure.tables.map((t) => [t.number, !!t.empty])).toEqual([
      ['表1', false],
      ['表2', false],
      ['表3', false],
      ['表4', false],
      ['表5', false],
      ['表6', false],
      ['表7', true],
      ['表8', true],
      ['表9', true],
      ['表10', true],
      ['表11', true],
    ]);
  });
});
