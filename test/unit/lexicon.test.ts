import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Automaton } from '../../src/core/lexicon/automaton';
import { builtinLexicon, LEXICON_FAMILIES, lexiconSize, validateLexicon } from '../../src/core/lexicon';
import { isVariantCharacter, simplify } from '../../src/core/simplify';
import { lint } from '../../src/core';
import Ajv from 'ajv';

const root = join(__dirname, '..', '..');

describe('lexicon', () => {
  it('finds every occurrence that a naive search finds, on random texts and pattern lists', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const alphabet = '甲乙丙丁戊己庚辛';
    const word = (min: number, max: number) => Array.from({ length: min + rnd(max - min + 1) }, () => alphabet[rnd(alphabet.length)]).join('');
    for (let round = 0; round < 200; round++) {
      const patterns = [...new Set(Array.from({ length: 1 + rnd(12) }, () => word(1, 4)))];
      const text = word(0, 60);
      const naive: string[] = [];
      for (let i = 0; i < text.length; i++) patterns.forEach((p, k) => text.startsWith(p, i) && naive.push(`${k}@${i}`));
      const got = new Automaton(patterns).search(text).map((h) => `${h.pattern}@${h.start}`);
      assert.deepEqual(got.sort(), naive.sort(), `patterns ${patterns.join(',')} text ${text}`);
    }
  });

  it('reports a pattern given twice (an entry and an idiom pair of the same two letters) twice, in order of length', () => {
    const a = new Automaton(['甲乙', '乙', '甲乙丙', '甲乙', '甲']);
    assert.deepEqual(a.search('甲乙丙').map((h) => `${h.pattern}@${h.start}-${h.end}`), ['4@0-1', '0@0-2', '3@0-2', '2@0-3', '1@1-2']);
  });

  it('holds at least 600 sourced entries, each valid against the schema and with its source', () => {
    const schema = JSON.parse(readFileSync(join(root, 'schemas', 'lexicon.schema.json'), 'utf8'));
    const allowed = new Set(Object.keys(schema.properties.entries.items.properties));
    const required: string[] = schema.properties.entries.items.required;
    let total = 0;
    for (const family of LEXICON_FAMILIES) {
      const file = JSON.parse(readFileSync(join(root, 'src', 'core', 'lexicon', 'data', `${family}.json`), 'utf8'));
      assert.equal(file.family, family);
      assert.ok(schema.properties.family.enum.includes(file.family));
      const v = validateLexicon(file, family);
      assert.deepEqual(v.problems, []);
      for (const e of file.entries) {
        for (const k of Object.keys(e)) assert.ok(allowed.has(k), `${family} ${e.wrong}: field ${k} is not in the schema`);
        for (const k of required) assert.ok(e[k] !== undefined && e[k] !== '', `${family} ${e.wrong}: ${k} missing`);
        assert.notEqual(e.wrong, e.right);
      }
      total += file.entries.length;
    }
    assert.ok(total >= 600, `${total} entries`);
    const size = lexiconSize();
    assert.equal(size.variant + size.typo + size.usage + size.redundancy + size.naming, total);
    assert.deepEqual(builtinLexicon().problems, []);
  });

  it('the 成语 table of lexicon-idiom: valid against its schema, its source named, its idioms no slip of one another', () => {
    const schema = JSON.parse(readFileSync(join(root, 'schemas', 'idioms.schema.json'), 'utf8'));
    const file: { source: string; idioms: string } = JSON.parse(readFileSync(join(root, 'src', 'core', 'lexicon', 'data', 'idioms.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile<unknown>(schema);
    assert.ok(validate(file), JSON.stringify(validate.errors));
    assert.match(file.source, /gen-idioms/);
    const idioms = file.idioms.match(/.{4}/g) ?? [];
    assert.ok(idioms.length >= 5000, `${idioms.length} idioms`);
    assert.equal(new Set(idioms).size, idioms.length);
    assert.equal(lexiconSize().idiom, idioms.length);
    // Every idiom written right is silent (no idiom reads as a slip of another).
    const text = idioms.join('，');
    const found = lint(`××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　${text}。\n\n××市人民政府\n2024年3月5日\n`, { detect: 'always' })
      .findings.filter((f) => f.ruleId === 'lexicon-idiom');
    assert.deepEqual(found.map((f) => f.message), []);
  });

  it('the 异体字 table: each pair one character to one, sourced, valid against its schema, and no 繁体字 OpenCC maps already', () => {
    const schema = JSON.parse(readFileSync(join(root, 'schemas', 'variant-characters.schema.json'), 'utf8'));
    const file = JSON.parse(readFileSync(join(root, 'src', 'core', 'lexicon', 'data', 'variant-characters.json'), 'utf8'));
    for (const k of schema.required) assert.ok(file[k] !== undefined, `${k} missing`);
    for (const k of Object.keys(file)) assert.ok(k in schema.properties, `field ${k} is not in the schema`);
    const itemKeys = schema.properties.pairs.items.properties;
    const seen = new Set<string>();
    for (const p of file.pairs) {
      for (const k of Object.keys(p)) assert.ok(k in itemKeys, `${p.variant}: field ${k} is not in the schema`);
      assert.ok(p.variant.length === 1 && p.standard.length === 1 && p.variant !== p.standard, `${p.variant} → ${p.standard}`);
      assert.ok(p.source, `${p.variant}: no source`);
      assert.ok(!seen.has(p.variant), `${p.variant} twice`);
      seen.add(p.variant);
      // Read as its 规范字 (simplify), and reported as an 异体字.
      assert.equal(simplify(p.variant), p.standard);
      assert.ok(isVariantCharacter(p.variant.charCodeAt(0)));
    }
    assert.ok(file.pairs.length >= 500, `${file.pairs.length} pairs`);
  });

  it('names the file and entry of a broken entry and keeps the others', () => {
    const v = validateLexicon({ entries: [{ wrong: '', right: 'x' }, { wrong: '布署', right: '部署' }, { wrong: '甲', right: 3 }, { wrong: 'a……b……c', right: 'a' }, { wrong: '乙', right: '丙', exceptions: 'no' }] }, 'team.json');
    assert.equal(v.entries.length, 1);
    assert.equal(v.problems.length, 4);
    assert.match(v.problems[0], /team\.json entries\[0\]: "wrong" is empty/);
    assert.match(v.problems[2], /entries\[3\] \(a……b……c\)/);
    assert.match(validateLexicon(null, 'x.json').problems[0], /x\.json: not a lexicon file/);
    // A context guard that does not compile: named, and the entry left out while the others keep working.
    const g = validateLexicon({ entries: [{ wrong: '途径', right: '途经', after: '(?:我县' }, { wrong: '合拢', right: '合龙', before: '桥' }, { wrong: '甲', right: '乙', before: '' }] }, 'team.json');
    assert.deepEqual(g.entries.map((e) => e.wrong), ['合拢']);
    assert.match(g.problems[0], /team\.json entries\[0\] \(途径\): "after" is no valid regular expression/);
    assert.match(g.problems[1], /entries\[2\] \(甲\): "before" must be a regular expression/);
    // A date that is no year and month: named, the entry left out.
    const d = validateLexicon({ entries: [{ wrong: '国土资源局', right: '自然资源局', since: '2018-3' }, { wrong: '环保局', right: '生态环境局', since: '2018-03' }] }, 'team.json');
    assert.deepEqual(d.entries.map((e) => e.wrong), ['环保局']);
    assert.match(d.problems[0], /entries\[0\] \(国土资源局\): "since" must be a year and month, YYYY-MM/);
  });

  const doc = '××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　请各地抓紧布署防汛工作。\n\n××市人民政府\n2024年3月5日\n';

  it('gives way to a team term for the same wrong form, and a term equal to itself switches the entry off', () => {
    const base = lint(doc, { detect: 'always' }).findings.filter((f) => f.ruleId === 'lexicon-typo');
    assert.equal(base.length, 1);
    const team = lint(doc, { detect: 'always', config: { rules: {}, detect: 'auto', terms: [{ wrong: '布署', right: '部署', note: '本单位' }] } }).findings;
    assert.equal(team.filter((f) => f.ruleId === 'lexicon-typo').length, 0);
    assert.equal(team.filter((f) => f.ruleId === 'terms').length, 1);
    const off = lint(doc, { detect: 'always', config: { rules: {}, detect: 'auto', terms: [{ wrong: '布署', right: '布署' }] } }).findings;
    assert.equal(off.filter((f) => f.ruleId === 'lexicon-typo' || f.ruleId === 'terms').length, 0);
  });

  it('is switched off per family like any rule', () => {
    const off = lint(doc, { detect: 'always', config: { rules: { 'lexicon-typo': { severity: 'off' } }, detect: 'auto', terms: [] } }).findings;
    assert.equal(off.filter((f) => f.ruleId === 'lexicon-typo').length, 0);
  });
});
