/**
 * `npm run accuracy`: recall on the labelled 病文 of test/corpus/faulty, false alarms per real document of
 * test/corpus/real. `-- --misses` lists every missed label, `-- --alarms` every false alarm, `-- --json` the summary;
 * `-- --faulty DIR --real DIR` scores other material (a hold-out set) with the same label classes.
 */
import { score, summarise } from './accuracy/score';

const argv = process.argv.slice(2);
const args = new Set(argv);
const valueOf = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
// --faulty DIR / --real DIR score other material (a hold-out set) with the project's label classes.
const s = score({ faultyDir: valueOf('--faulty'), realDir: valueOf('--real') });
const sum = summarise(s);

if (args.has('--json')) {
  process.stdout.write(JSON.stringify(sum, null, 2) + '\n');
  process.exit(0);
}

const pct = (x: number) => (x * 100).toFixed(1) + '%';
const line = (cells: Array<string | number>, widths: number[]) =>
  cells.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd();

console.log(`病文 (test/corpus/faulty): ${new Set(s.labels.map((l) => l.item.id)).size} items, ${sum.labels} scored labels` +
  ` (+${s.outOfScope} out of scope)`);
console.log(line(['family', 'labels', 'caught', 'recall'], [10, 7, 7, 7]));
for (const [family, f] of Object.entries(sum.byFamily).sort()) console.log(line([family, f.labels, f.hits, pct(f.recall)], [10, 7, 7, 7]));
console.log(line(['all', sum.labels, sum.hits, pct(sum.recall)], [10, 7, 7, 7]));
console.log(`recall counting errors and warnings only (an info alone not counted): ${pct(sum.recallWarning)}`);
if (s.correct.length) {
  const alarms = s.correct.reduce((a, c) => a + c.alarms.length, 0);
  console.log(`correct items (traps that are right): ${s.correct.length}, errors and warnings raised on them: ${alarms}`);
}

const detected = s.real.filter((r) => r.detected).length;
console.log(`\n真实公文 (test/corpus/real): ${sum.realDocs} documents (${detected} recognised as 公文 by detect=auto)`);
console.log(`false errors per document:   ${sum.falseErrorsPerDoc.toFixed(3)}`);
console.log(`false warnings per document: ${sum.falseWarningsPerDoc.toFixed(3)}`);
console.log(`faults the published texts really have, found (known: in their headers, not counted above): ${sum.confirmed}`);
const rules = Object.entries(sum.byRule).sort((a, b) => b[1].errors + b[1].warnings - (a[1].errors + a[1].warnings));
if (rules.length) {
  console.log(line(['rule', 'errors', 'warnings', 'infos'], [34, 7, 9, 6]));
  for (const [id, r] of rules) console.log(line([id, r.errors, r.warnings, r.infos], [34, 7, 9, 6]));
}

if (args.has('--misses')) {
  console.log('\nmissed labels:');
  for (const l of s.labels.filter((x) => !x.hit)) {
    const near = l.nearby.map((f) => f.ruleId).join(',') || '-';
    console.log(`  ${l.item.id} [${l.label.class}] at=${l.label.at ?? ''} | ${l.item.text.split('\n')[0].slice(0, 50)} | near: ${near}`);
  }
}
if (args.has('--alarms')) {
  for (const c of s.correct) {
    for (const f of c.alarms) console.log(`  correct item ${c.item.id}: ${f.severity} ${f.ruleId} «${c.item.text.slice(f.range[0], f.range[1]).slice(0, 30)}» ${f.message.slice(0, 80)}`);
  }
  console.log('\nfalse alarms on real documents:');
  for (const r of s.real) {
    for (const f of [...r.errors, ...r.warnings]) {
      const lineNo = r.doc.text.slice(0, f.range[0]).split('\n').length;
      console.log(`  ${r.doc.file}:${lineNo} ${f.severity} ${f.ruleId} «${r.doc.text.slice(f.range[0], f.range[1]).slice(0, 30)}» ${f.message.slice(0, 80)}`);
    }
  }
}
