/** The page preview's HTML (src/core/layout/html.ts): the layout model's pages, findings marked, nothing that runs. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, parse } from '../../src/core';
import { blocksOf, paginate } from '../../src/core/layout';
import { renderPreview } from '../../src/core/layout/html';

const FIXTURES = join(__dirname, '..', 'fixtures', 'export');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('page preview (GB/T 9704)', () => {
  it('as many pages as the layout model (and so the Word export) has, each with its page number on the outer side', () => {
    const text = read('意见-多页.gw');
    const p = renderPreview(parse(text), [], '意见.gw');
    const want = paginate(blocksOf(parse(text))).length;
    assert.equal(p.pages, want);
    assert.equal((p.html.match(/class="page"/g) ?? []).length, want);
    assert.match(p.html, /<div class="num odd"[^>]*>— 1 —<\/div>/);
    assert.match(p.html, /<div class="num even"[^>]*>— 2 —<\/div>/);
  });

  it('the 版头: the red issuer mark, the 签发人 at the right, the red 分隔线 under the 发文字号', () => {
    const p = renderPreview(parse(read('请示-签发人.gw')), [], '');
    assert.match(p.html, /color:#FF0000[^"]*">江北区卫生健康局文件/);
    assert.match(p.html, /<span class="r">签发人：周立新<\/span>江卫〔2024〕15号/);
    assert.match(p.html, /border-bottom:0\.50mm solid #FF0000/);
  });

  it('findings marked on the lines they fall in, by severity, the messages as tooltips', () => {
    const text = read('请示-签发人.gw').replace('妥否，请批示。', '妥否？请批示！').replace('区人民政府：', '区人民政府:');
    const findings = lint(text, { detect: 'always' }).findings;
    assert.ok(findings.length >= 2);
    const p = renderPreview(parse(text), findings, '');
    assert.ok(p.marked >= 2, `${p.marked}`);
    assert.match(p.html, /<span class="mark (?:error|warning)" title="[^"]+">妥否？请批示！<\/span>/);
  });

  it('offline and inert: a Content-Security-Policy with no script and no network, the text escaped', () => {
    const p = renderPreview(parse('关于<script>alert(1)</script>的通知\n\n各单位：\n　　请<b>遵照</b>执行。\n'), [], '<x>.gw');
    assert.match(p.html, /content="default-src 'none'; style-src 'unsafe-inline';"/);
    assert.ok(!/<script/i.test(p.html), 'no script element');
    assert.match(p.html, /&lt;script&gt;/);
    assert.ok(!/https?:\/\//.test(p.html), 'nothing loaded from the network');
  });

  it('an empty draft and a draft that is no 公文 still give a page, never a crash', () => {
    for (const t of ['', '\n\n', 'hello world', 'x'.repeat(200_000)]) {
      const p = renderPreview(parse(t), [], '');
      assert.ok(p.pages >= 1);
    }
  });
});
