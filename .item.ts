import { readFileSync } from 'node:fs';
import { lint } from '/work/main/src/core';
import yaml from '/work/main/node_modules/js-yaml';
const items = yaml.load(readFileSync(process.env.SYN ?? '/tmp/r8/sdir/round8-synthetic.yaml', 'utf8')) as any[];
for (const id of process.argv.slice(2)) {
  const it = items.find((x) => x.id === id);
  const r = lint(it.text, { detect: 'always' } as any);
  if (process.env.SHOW) console.log(it.text);
  console.log('==', id, 'genre', r.genre?.genre.id, r.genre?.source, 'rec', JSON.stringify(r.doc.recipients?.text), 'title', JSON.stringify(r.doc.title?.text?.slice(0, 40)), 'labels', JSON.stringify(it.labels.map((l: any) => l.class + '@' + l.at)));
  for (const f of r.findings) console.log('  ', f.severity, f.ruleId, JSON.stringify(it.text.slice(f.range[0], f.range[1]).slice(0, 30)), f.message.slice(0, 40));
}
