/**
 * Faulty documents whose faults only a team's configuration reveals (the rules fixtures.test.ts
 * exempts): test/fixtures/invalid-config/ linted with an organization profile, terms and
 * length-request-report switched on. Same ⚑ marker convention as test/fixtures/invalid/.
 */
import { strict as assert } from 'node:assert';
import { applyFixes, buildLineIndex, fixesOf, lint, toLineColumn, type LintConfig } from '../../src/core';
import { listFixtures, type Fixture } from './helpers/fixtures';

/** A city education bureau's configuration, as a team would write it in .wenmirc.json. */
const CONFIG: Partial<LintConfig> = {
  organization: {
    name: '青山市教育局',
    shortName: '市教育局',
    code: '青教',
    superiors: ['青山市人民政府', '省教育厅'],
    peers: ['青山市财政局', '青山市人力资源和社会保障局', '青山市卫生健康委员会'],
    subordinates: ['东湖区教育局', '西山区教育局', '青山市第一中学', '青山市实验小学', '青山市教育考试院'],
  },
  terms: [
    { wrong: '教委', right: '教育局', exceptions: ['国家教委'], note: '机构改革后本机关名称为“教育局”。' },
    { wrong: '做为', right: '作为' },
  ],
  // The unit's own limits (请示正文不超过一页); the rule is off by default.
  rules: { 'length-request-report': { severity: 'info', options: { maxRequest: 600, maxReport: 1500 } } },
};

/** The rules that need the configuration above: each fires in at least one of these fixtures. */
const CONFIG_RULES = ['terms', 'genre-request-vs-letter', 'docno-org-code', 'signature-block', 'length-request-report', 'route-upward-no-cc-subordinate'];

const fixtures = listFixtures('invalid-config');

function findingLines(f: Fixture, config?: Partial<LintConfig>) {
  const r = lint(f.text, { config });
  const index = buildLineIndex(f.text);
  return r.findings.map((x) => ({ ...x, line: toLineColumn(f.text, index, x.range[0]).line }));
}

describe('fixtures: faulty documents under a team configuration', () => {
  for (const f of fixtures) {
    it(`${f.name} fires exactly its ⚑ markers`, () => {
      assert.ok(f.expected.length > 0, 'a faulty fixture has markers');
      const actual = findingLines(f, CONFIG).map((x) => `${x.line}:${x.ruleId}`);
      const expected = f.expected.map((e) => `${e.line}:${e.ruleId}`);
      assert.deepEqual([...new Set(actual)].sort(), [...new Set(expected)].sort());
    });

    it(`${f.name} is otherwise correct: nothing fires without the configuration`, () => {
      assert.deepEqual(findingLines(f).map((x) => `${x.line}:${x.ruleId} ${x.message}`), []);
    });

    it(`${f.name}: fixes converge in one pass`, () => {
      const { text: fixed } = applyFixes(f.text, fixesOf(lint(f.text, { config: CONFIG }).findings));
      const again = lint(fixed, { config: CONFIG }).findings.filter((x) => x.fix);
      assert.deepEqual(again.map((x) => `${x.ruleId}: ${x.message}`), []);
    });
  }

  it('cover every rule that needs the configuration', () => {
    const fired = new Set(fixtures.flatMap((f) => findingLines(f, CONFIG).map((x) => x.ruleId)));
    assert.deepEqual(CONFIG_RULES.filter((id) => !fired.has(id)), []);
  });

  it('a subordinate named in organization.subordinates is an error (the configured part of route-upward-no-cc-subordinate)', () => {
    const f = fixtures.find((x) => x.name === '报告-抄送下属学校.txt')!;
    const found = findingLines(f, CONFIG).filter((x) => x.ruleId === 'route-upward-no-cc-subordinate');
    assert.deepEqual(found.map((x) => [f.text.slice(x.range[0], x.range[1]), x.severity]), [['青山市教育考试院', 'error']]);
  });
});
