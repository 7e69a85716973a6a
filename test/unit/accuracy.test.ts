/** The accuracy corpus stays sound, and the engine's figures on it do not slide back (floors, not goals). */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS, loadClasses, loadFaulty, loadReal, score, summarise, type Summary } from '../../scripts/accuracy/score';

const floors = JSON.parse(readFileSync(join(CORPUS, 'floors.json'), 'utf8')) as {
  recall: number;
  recallByFamily: Record<string, number>;
  falseErrorsPerDoc: number;
  falseWarningsPerDoc: number;
  minRealDocs: number;
  minRealGenres: number;
  minLabels: number;
  maxAlarmsOnCorrectItems: number;
};

describe('accuracy corpus', () => {
  const classes = loadClasses();
  const faulty = loadFaulty();
  const real = loadReal();

  it('every faulty item has an id, a source and labels (or, a correct item, its why) whose class is known and whose `at` is in its text', () => {
    const ids = new Set<string>();
    for (const it of faulty) {
      assert.ok(it.id && !ids.has(it.id), `unique id ${it.id}`);
      ids.add(it.id);
      assert.match(it.source, /^https?:\/\//, `${it.id} has a source URL`);
      // A correct item (labels: []) says what near-miss it holds: it counts for the alarms on correct items.
      assert.ok(it.labels.length > 0 || (it as { why?: string }).why, `${it.id} has labels, or is a correct item with its why`);
      for (const l of it.labels) {
        assert.ok(classes[l.class] || l.class.startsWith('out-of-scope'), `${it.id}: class ${l.class} is in classes.yaml`);
        if (l.at) assert.ok(it.text.includes(l.at), `${it.id}: “${l.at}” occurs in its text`);
      }
    }
  });

  it('every real document has a source, a 文种, an era and a body, and its known faults are explained', () => {
    for (const d of real) {
      assert.match(d.source, /^https?:\/\//, `${d.file} has a source URL`);
      assert.ok(d.genre, `${d.file} has a genre`);
      assert.ok(['pre2012', 'post2012'].includes(d.era), `${d.file} era`);
      assert.ok(d.text.trim().length >= 100, `${d.file} has a body`);
      for (const k of d.known) assert.ok(k.rule && k.text && k.why && d.text.includes(k.text), `${d.file}: known fault ${k.rule} is in the text and explained`);
    }
  });

  it(`holds at least ${floors.minRealDocs} real documents of ${floors.minRealGenres} 文种 and ${floors.minLabels} scored labels`, () => {
    assert.ok(real.length >= floors.minRealDocs, `${real.length} real documents`);
    assert.ok(new Set(real.map((d) => d.genre)).size >= floors.minRealGenres, 'genres');
    const scored = faulty.flatMap((i) => i.labels).filter((l) => !l.class.startsWith('out-of-scope'));
    assert.ok(scored.length >= floors.minLabels, `${scored.length} scored labels`);
  });
});

describe('accuracy: correct items are traps', () => {
  it('an item with no label is a trap; a fragment is read as a sentence of a body, a document as a document', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenmi-traps-'));
    mkdirSync(join(dir, 'faulty'));
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'faulty', 't.yaml'), [
      '- id: t-1', '  kind: fragment', '  text: 全县已完成年度任务的50%。', '  labels: []', '  source: https://example.org/1', '  why: right',
      '- id: t-2', '  kind: fragment', '  text: 请各单位于12.22前报送。', '  labels: []', '  source: https://example.org/2', '  why: a trap that is not right',
    ].join('\n'));
    const s = score({ faultyDir: join(dir, 'faulty'), realDir: join(dir, 'real') });
    assert.deepEqual(s.correct.map((c) => c.item.id), ['t-1', 't-2']);
    // The one-line sentence is no title without a 文种 (a fragment's alarms are the paragraph rules'), and the dotted date
    // in the second is an alarm.
    assert.deepEqual(s.correct.map((c) => c.alarms.map((f) => f.ruleId)), [[], ['num-date-dotted']]);
  });
});

describe('accuracy figures (floors)', () => {
  let sum: Summary;
  let alarmsOnCorrect = 0;
  before(() => {
    const s = score();
    sum = summarise(s);
    alarmsOnCorrect = s.correct.reduce((n, c) => n + c.alarms.length, 0);
  });
  it(`errors and warnings on the correct items ≤ ${floors.maxAlarmsOnCorrectItems}`, () => {
    assert.ok(alarmsOnCorrect <= floors.maxAlarmsOnCorrectItems, `${alarmsOnCorrect}`);
  });
  it(`recall on the labelled 病文 ≥ ${floors.recall}`, () => {
    assert.ok(sum.recall >= floors.recall, `recall ${sum.recall.toFixed(3)}`);
  });
  for (const [family, floor] of Object.entries(floors.recallByFamily)) {
    it(`recall in ${family} ≥ ${floor}`, () => {
      const f = sum.byFamily[family];
      assert.ok(f, `family ${family} has labels`);
      assert.ok(f.recall >= floor, `${family}: ${f.hits}/${f.labels}`);
    });
  }
  it(`false errors per real document ≤ ${floors.falseErrorsPerDoc}`, () => {
    assert.ok(sum.falseErrorsPerDoc <= floors.falseErrorsPerDoc, `${sum.falseErrorsPerDoc.toFixed(3)} (${JSON.stringify(sum.byRule)})`);
  });
  it(`false warnings per real document ≤ ${floors.falseWarningsPerDoc}`, () => {
    assert.ok(sum.falseWarningsPerDoc <= floors.falseWarningsPerDoc, `${sum.falseWarningsPerDoc.toFixed(3)}`);
  });
});
