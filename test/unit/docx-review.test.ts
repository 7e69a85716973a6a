/**
 * Reviewing a received Word file (issue 14): the text as its reader sees it, the same findings as for the text, a
 * copy with each finding as a 批注 and each certain fix as a 修订, every other part of the package unchanged, and a
 * clear refusal of what is no .docx. Fixtures were written by LibreOffice (test/fixtures/docx/SOURCES.md); when
 * soffice is installed (CI installs it) the reviewed copy is read back by LibreOffice too.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { fixAll, lint, parse } from '../../src/core';
import { DocxError, openPackage, XML_PARTS } from '../../src/docx/package';
import { reviewDocx } from '../../src/docx/review';
import { readDocxText, requireText } from '../../src/docx/text';
import { checkDocxLayout } from '../../src/docx/rules';
import { writeDocx } from '../../src/docx/write';
import { main } from '../../src/cli/main';
import { nodeIO } from '../../src/cli/io';
import { hasCommand } from './helpers/tools';

const DIR = join(__dirname, '..', 'fixtures', 'docx');
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const textOf = (name: string) => readFileSync(join(DIR, name), 'utf8');
const opts = { author: '核稿', date: '2026-12-04T08:00:00Z', trackChanges: true };
const key = (f: { ruleId: string; message: string }) => `${f.ruleId} ${f.message}`;

const soffice = () => hasCommand('soffice');

describe('.docx review (issue 14)', function () {
  this.timeout(120_000);

  it('the text as the reader sees it: paragraphs in order, a table cell by cell, generated numbering as if typed', () => {
    const model = readDocxText(openPackage(bytesOf('意见-自动编号-表格.docx')));
    const lines = model.text.split('\n');
    assert.deepEqual(lines.slice(3, 7), ['一、总体要求', '（一）坚持安全第一，认真布署各项工作。', '（二）压实各方责任。', '二、保障措施']);
    assert.ok(lines.includes('各学校按装灭火器'), 'the table cell');
    assert.equal(model.paragraphs.length, lines.length);
  });

  for (const name of ['请示-崇明-真实', '请示-病文-标点', '通知-病文-括号年份']) {
    it(`${name}: the same findings as the text it was made from`, () => {
      const fromDocx = lint(readDocxText(openPackage(bytesOf(`${name}.docx`))).text, { detect: 'always' }).findings.map(key);
      const fromText = lint(textOf(`${name}.txt`).replace(/\n+$/, ''), { detect: 'always' }).findings.map(key);
      assert.deepEqual(fromDocx, fromText);
    });
  }

  it('the findings of the numbered headings and the table: 布署 and 按装 found where Word shows them', () => {
    const findings = lint(readDocxText(openPackage(bytesOf('意见-自动编号-表格.docx'))).text, { detect: 'always' }).findings;
    assert.ok(findings.some((f) => f.ruleId === 'lexicon-typo' && f.message.includes('布署')));
    assert.ok(findings.some((f) => f.ruleId === 'lexicon-typo' && f.message.includes('按装')));
  });

  it('review: one 批注 per finding on its text, each certain fix a 修订; accepted, the text wenmi check --fix gives', () => {
    for (const name of ['请示-病文-标点', '通知-病文-括号年份']) {
      const pkg = openPackage(bytesOf(`${name}.docx`));
      const model = readDocxText(pkg);
      const findings = lint(model.text, { detect: 'always' }).findings;
      const r = reviewDocx(pkg, model, findings, opts);
      assert.equal(r.comments, findings.length);
      assert.ok(r.changes > 0 && r.changes <= findings.filter((f) => f.fix).length);
      const out = openPackage(r.bytes);
      const comments = new TextDecoder().decode(out.parts['word/comments.xml']);
      assert.equal(comments.split('<w:comment ').length - 1, findings.length);
      for (const f of findings) assert.ok(comments.includes(`【${f.ruleId}】`), f.ruleId);
      // The accepted view of the copy (insertions in, deletions out) is the text fixed by wenmi check --fix.
      assert.equal(readDocxText(out).text, fixAll(model.text, { detect: 'always' }).text, name);
      const doc = new TextDecoder().decode(out.parts['word/document.xml']);
      assert.match(doc, /<w:del w:id="\d+" w:author="核稿" w:date="2026-12-04T08:00:00Z">/);
      assert.match(doc, /<w:ins w:id="\d+" w:author="核稿"/);
    }
  });

  it('every part the review does not touch is byte-identical; without --track-changes the text is unchanged', () => {
    const pkg = openPackage(bytesOf('请示-病文-标点.docx'));
    const model = readDocxText(pkg);
    const r = reviewDocx(pkg, model, lint(model.text, { detect: 'always' }).findings, { ...opts, trackChanges: false });
    assert.equal(r.changes, 0);
    const before = unzipSync(bytesOf('请示-病文-标点.docx'));
    const after = unzipSync(r.bytes);
    const touched = new Set(['word/document.xml', 'word/comments.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml']);
    for (const [name, bytes] of Object.entries(before)) {
      if (touched.has(name)) continue;
      assert.ok(after[name] && Buffer.from(after[name]).equals(Buffer.from(bytes)), `${name} unchanged`);
    }
    assert.equal(readDocxText(openPackage(r.bytes)).text, model.text);
  });

  it('LibreOffice reads the copy: as many comments as findings, anchored, and the tracked changes', function () {
    if (!soffice()) {
      if (process.env.CI) assert.fail('soffice is installed by .ci/run');
      return this.skip();
    }
    const dir = mkdtempSync(join(tmpdir(), 'wenmi-review-lo-'));
    const pkg = openPackage(bytesOf('通知-病文-括号年份.docx'));
    const model = readDocxText(pkg);
    const findings = lint(model.text, { detect: 'always' }).findings;
    const r = reviewDocx(pkg, model, findings, opts);
    writeFileSync(join(dir, 'reviewed.docx'), r.bytes);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'fodt', '--outdir', dir, join(dir, 'reviewed.docx')], { stdio: 'ignore', timeout: 110_000 });
    const fodt = readFileSync(join(dir, 'reviewed.fodt'), 'utf8');
    assert.equal(fodt.split('<office:annotation ').length - 1 + fodt.split('<office:annotation>').length - 1, findings.length);
    assert.equal(fodt.split('<office:annotation-end').length - 1, findings.length, 'each comment anchored on a range');
    assert.equal(fodt.split('<text:changed-region').length - 1 > 0, true);
    assert.match(fodt, /<dc:creator>核稿<\/dc:creator>/);
  });

  it('tracked changes accepted, field results not codes, an existing comment kept and numbered after', () => {
    const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const body = `<w:p><w:r><w:t>关于</w:t></w:r><w:del w:id="7" w:author="a" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>印发</w:delText></w:r></w:del>`
      + `<w:ins w:id="8" w:author="a" w:date="2026-01-01T00:00:00Z"><w:r><w:t>调整</w:t></w:r></w:ins><w:r><w:t>办公时间的通知</w:t></w:r></w:p>`
      + `<w:p><w:r><w:t>日期：</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "yyyy年M月d日" </w:instrText></w:r>`
      + `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2024年5月6日</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    const enc = new TextEncoder();
    const pkgBytes = zipSync({
      '[Content_Types].xml': enc.encode('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'),
      'word/document.xml': enc.encode(`<?xml version="1.0"?><w:document xmlns:w="${w}"><w:body>${body}</w:body></w:document>`),
      'word/comments.xml': enc.encode(`<?xml version="1.0"?><w:comments xmlns:w="${w}"><w:comment w:id="9" w:author="b"><w:p><w:r><w:t>旧批注</w:t></w:r></w:p></w:comment></w:comments>`),
    });
    const pkg = openPackage(pkgBytes);
    const model = readDocxText(pkg);
    assert.equal(model.text, '关于调整办公时间的通知\n日期：2024年5月6日');
    const r = reviewDocx(pkg, model, [{ ruleId: 'x', severity: 'warning', message: '测试', range: [2, 4], fix: null, suggestions: [] }], opts);
    const comments = new TextDecoder().decode(openPackage(r.bytes).parts['word/comments.xml']);
    assert.match(comments, /旧批注/);
    assert.match(comments, /<w:comment w:id="1\d*" w:author="核稿"/);
    assert.ok(!/w:id="(7|8|9)" w:author="核稿"/.test(comments), 'a new id');
  });

  it('layout rules read from the file: a plain text import breaks them; the GB/T 9704 export keeps every one', async () => {
    const plainPkg = openPackage(bytesOf('请示-病文-标点.docx'));
    const plain = checkDocxLayout(plainPkg, readDocxText(plainPkg));
    const ids = new Set(plain.map((f) => f.ruleId));
    for (const id of ['docx-margins', 'docx-body-font', 'docx-title-font', 'docx-issuer-red']) assert.ok(ids.has(id), `${id} on the text import`);
    assert.ok(!ids.has('docx-page-a4'), 'LibreOffice writes A4');
    assert.ok(plain.some((f) => /天头（上白边）为 20\.0 mm/.test(f.message)));
    assert.ok(plain.some((f) => f.ruleId === 'docx-body-font' && /正文字号为 10 磅/.test(f.message)));
    // Anchored on the paragraph it is about: the title's finding covers the title's first line.
    const model = readDocxText(plainPkg);
    const title = plain.find((f) => f.ruleId === 'docx-title-font')!;
    assert.equal(model.text.slice(title.range[0], title.range[1]), '江北区卫生健康局关于在东湖街道增设');
    // The Word file Wenmi writes to GB/T 9704 passes them all (the same layout data on both sides).
    const exported = openPackage(await writeDocx(parse(textOf('请示-病文-标点.txt'))));
    assert.deepEqual(checkDocxLayout(exported, readDocxText(exported)).map((f) => `${f.ruleId} ${f.message}`), []);
  });

  it('what is no .docx is refused with its reason, before anything is inflated', () => {
    const refuse = (bytes: Uint8Array, kind: string, limits?: Parameters<typeof openPackage>[1]) => {
      assert.throws(() => openPackage(bytes, limits), (e: unknown) => e instanceof DocxError && e.kind === kind && /[\u4e00-\u9fff]/.test(e.message));
    };
    refuse(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'legacy');
    refuse(new TextEncoder().encode('%PDF-1.7\n...'), 'pdf');
    refuse(new TextEncoder().encode('plain text'), 'not-zip');
    refuse(bytesOf('请示-病文-标点.docx').slice(0, 2000), 'corrupt');
    refuse(zipSync({ 'a.txt': new Uint8Array(10) }), 'not-docx');
    // A zip bomb: the declared sizes exceed the limit (here a small one: 1 MB of zeros, compressed to a kilobyte).
    refuse(zipSync({ '[Content_Types].xml': new Uint8Array(10), 'word/document.xml': new Uint8Array(1 << 20) }), 'too-large', { maxEntries: 10, maxTotalBytes: 1 << 19, maxPartBytes: 1 << 19 });
    refuse(zipSync(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}`, new Uint8Array(1)]))), 'too-large', { maxEntries: 10, maxTotalBytes: 1 << 20, maxPartBytes: 1 << 20 });
    // An encrypted .docx is a compound file like a .doc, told apart by its EncryptedPackage stream (MS-OFFCRYPTO): a
    // compound file's header and a directory sector naming the streams of one (EncryptionInfo, EncryptedPackage).
    const cfb = new Uint8Array(2048);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = (s: string, at: number) => [...s].forEach((c, k) => cfb.set([c.charCodeAt(0), 0], at + 2 * k));
    name('EncryptionInfo', 1024 + 128);
    name('EncryptedPackage', 1024 + 256);
    refuse(cfb, 'encrypted');
    assert.throws(() => openPackage(cfb), /加密/);
    // A .doc: the same header, a WordDocument stream and no encrypted package.
    const legacy = new Uint8Array(2048);
    legacy.set(cfb.subarray(0, 8));
    [...'WordDocument'].forEach((c, k) => legacy.set([c.charCodeAt(0), 0], 1024 + 128 + 2 * k));
    refuse(legacy, 'legacy');
  });

  it('a .docx with no text, and one full of pictures: a clear message; the pictures never inflated to check it', async () => {
    const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const enc = new TextEncoder();
    const types = enc.encode('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    const empty = zipSync({ '[Content_Types].xml': types, 'word/document.xml': enc.encode(`<?xml version="1.0"?><w:document xmlns:w="${w}"><w:body><w:p/><w:p><w:r><w:t xml:space="preserve">　 </w:t></w:r></w:p></w:body></w:document>`) });
    assert.throws(() => requireText(readDocxText(openPackage(empty))), (e: unknown) => e instanceof DocxError && e.kind === 'empty' && /没有文字/.test(e.message));
    // 8 MB of incompressible "photographs" beside the text of a real 请示.
    const original = unzipSync(bytesOf('请示-病文-标点.docx'));
    const photo = new Uint8Array(8 << 20);
    for (let i = 0; i < photo.length; i++) photo[i] = (i * 2654435761) >>> 24;
    const pictures = zipSync({ ...original, 'word/media/image1.jpeg': [photo, { level: 0 }] });
    const xmlOnly = openPackage(pictures, undefined, { only: XML_PARTS });
    assert.equal(xmlOnly.parts['word/media/image1.jpeg'], undefined, 'not inflated for a check');
    assert.equal(readDocxText(xmlOnly).text, readDocxText(openPackage(bytesOf('请示-病文-标点.docx'))).text);
    // The review keeps the picture byte for byte (stored, not deflated again).
    const whole = openPackage(pictures);
    const reviewed = reviewDocx(whole, readDocxText(whole), [{ ruleId: 'x', severity: 'warning', message: '测试', range: [2, 4], fix: null, suggestions: [] }], opts);
    assert.ok(Buffer.from(unzipSync(reviewed.bytes)['word/media/image1.jpeg']).equals(Buffer.from(photo)));
    const dir = mkdtempSync(join(tmpdir(), 'wenmi-review-empty-'));
    writeFileSync(join(dir, '空.docx'), empty);
    writeFileSync(join(dir, '图片.docx'), pictures);
    const err: string[] = [];
    const out: string[] = [];
    const io = () => ({ ...nodeIO(), cwd: dir, stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) });
    assert.equal(await main(['review', '空.docx'], io()), 5);
    assert.match(err.join(''), /空\.docx: 文档中没有文字/);
    assert.equal(await main(['check', '空.docx'], io()), 2);
    assert.equal(await main(['check', '图片.docx'], io()), 1);
    assert.match(out.join(''), /图片\.docx:8:6 error recipient-colon/);
  });

  it('wenmi check and wenmi review on the command line: positions by line, a copy beside the input, exit codes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenmi-review-cli-'));
    writeFileSync(join(dir, '请示.docx'), bytesOf('请示-病文-标点.docx'));
    writeFileSync(join(dir, '假的.docx'), '%PDF-1.4 not a word file');
    const out: string[] = [];
    const err: string[] = [];
    const io = () => ({ ...nodeIO(), cwd: dir, stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) });
    assert.equal(await main(['check', '请示.docx'], io()), 1);
    assert.match(out.join(''), /请示\.docx:8:6 error recipient-colon/);
    assert.equal(await main(['review', '请示.docx', '--track-changes', '--author', '办公室'], io()), 0);
    assert.ok(existsSync(join(dir, '请示-审核.docx')));
    // Two findings of the text and the layout's of a plain LibreOffice text import (margins, fonts, a black 版头).
    assert.match(out.join(''), /请示-审核\.docx：\d+ 条批注，2 处修订/);
    assert.equal(await main(['review', '假的.docx'], io()), 3);
    assert.match(err.join(''), /PDF/);
    assert.equal(await main(['check', '假的.docx'], io()), 2);
    assert.equal(await main(['review', '请示.docx', '-o', '请示.docx'], io()), 2);
    assert.equal(await main(['review', 'missing.docx'], io()), 3);
  });
});
