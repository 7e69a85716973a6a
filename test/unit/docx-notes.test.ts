/**
 * Footnotes and endnotes of a received Word file (issue 14: "reading as the reader sees it"): read after the body, set
 * off by a blank line; checked by the paragraph rules (punctuation, numbers, wording) without being taken for part of
 * the document's structure; a finding in a note becomes a 批注 (and a certain fix a 修订) in footnotes.xml itself.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import { lint, lintFragment } from '../../src/core';
import { openPackage } from '../../src/docx/package';
import { checkDocxLayout } from '../../src/docx/rules';
import { reviewDocx } from '../../src/docx/review';
import { readDocxText } from '../../src/docx/text';
import { main } from '../../src/cli/main';
import { nodeIO } from '../../src/cli/io';
import { hasCommand } from './helpers/tools';

const BODY = [
  '××市教育局关于开展校园安全检查的通知',
  '',
  '各区县教育局：',
  '　　为加强校园安全管理，现就有关事项通知如下。',
  '　　特此通知。',
  '',
  '××市教育局',
  '2024年3月5日',
];

const soffice = () => hasCommand('soffice');

async function withNotes(): Promise<Uint8Array> {
  const para = (text: string, note?: number) => new Paragraph({ children: [new TextRun(text), ...(note ? [new FootnoteReferenceRun(note)] : [])] });
  const document = new Document({
    // A footnote with a half-width comma between Chinese words and a 布署 typo; a second one that is fine.
    footnotes: {
      1: { children: [new Paragraph('依据《××市校园安全管理办法》,由市教育局统一布署。')] },
      2: { children: [new Paragraph('检查结果另行通报。')] },
    },
    sections: [{ children: BODY.map((line, i) => para(line, i === 3 ? 1 : i === 4 ? 2 : undefined)) }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

describe('.docx footnotes and endnotes (issue 14)', function () {
  this.timeout(60_000);

  it('are read after the body, set off by a blank line, and checked by the paragraph rules only', async () => {
    const model = readDocxText(openPackage(await withNotes()));
    assert.equal(model.text.slice(0, model.bodyEnd), BODY.join('\n'));
    assert.equal(model.text.slice(model.bodyEnd), '\n\n依据《××市校园安全管理办法》,由市教育局统一布署。\n检查结果另行通报。');
    assert.equal(model.notesStart, model.bodyEnd + 2);
    assert.equal(model.paragraphs.filter((p) => p.part === 'word/footnotes.xml').length, 2);
    const notes = lintFragment(model.text.slice(model.notesStart), model.notesStart, {});
    const ids = notes.map((f) => `${f.ruleId} ${model.text.slice(f.range[0], f.range[1])}`);
    assert.ok(ids.some((x) => /^punct-halfwidth-in-cjk ,$/.test(x)), ids.join('\n'));
    assert.ok(ids.some((x) => /^lexicon-typo 布署$/.test(x)), ids.join('\n'));
    // The body alone is the document: the notes bring no structural finding (a note is no title, no 主送).
    const body = lint(model.text.slice(0, model.bodyEnd), { detect: 'always' }).findings;
    const whole = lint(model.text, { detect: 'always' }).findings.filter((f) => f.range[0] < model.bodyEnd);
    assert.ok(body.length <= whole.length);
    assert.ok(notes.every((f) => f.range[0] >= model.notesStart));
  });

  it('the layout rules read the body\'s structure, not the notes\' (a date in a note is no 成文日期)', async () => {
    const para = (text: string, note?: number) => new Paragraph({ children: [new TextRun(text), ...(note ? [new FootnoteReferenceRun(note)] : [])] });
    const document = new Document({
      footnotes: { 1: { children: [new Paragraph('二、数据来源'), new Paragraph('2023年5月1日')] } },
      sections: [{ children: BODY.map((line, i) => para(line, i === 3 ? 1 : undefined)) }],
    });
    const pkg = openPackage(new Uint8Array(await Packer.toArrayBuffer(document)));
    const model = readDocxText(pkg);
    const layout = checkDocxLayout(pkg, model);
    const date = layout.filter((f) => f.ruleId === 'docx-date-position');
    assert.equal(date.length, 1);
    assert.equal(model.text.slice(date[0].range[0], date[0].range[1]), '2024年3月5日');
    assert.ok(layout.every((f) => f.range[0] < model.bodyEnd));
  });

  it('a note’s finding is a 批注 in footnotes.xml, its certain fix a 修订 there; wenmi check lists it after the body', async () => {
    const bytes = await withNotes();
    const pkg = openPackage(bytes);
    const model = readDocxText(pkg);
    const findings = lintFragment(model.text.slice(model.notesStart), model.notesStart, {});
    const r = reviewDocx(pkg, model, findings, { author: '核稿', date: '2026-12-04T08:00:00Z', trackChanges: true });
    const out = unzipSync(r.bytes);
    const footnotes = new TextDecoder().decode(out['word/footnotes.xml']);
    const documentXml = new TextDecoder().decode(out['word/document.xml']);
    const commentsXml = new TextDecoder().decode(out['word/comments.xml']);
    // The fix of the comma: a 修订 in the footnote itself.
    assert.match(footnotes, /<w:del [^>]*w:author="核稿"[^>]*><w:r><w:delText xml:space="preserve">,<\/w:delText>/);
    assert.match(footnotes, /<w:ins [^>]*w:author="核稿"[^>]*><w:r><w:t xml:space="preserve">，<\/w:t>/);
    // The comments on the note's reference mark in the body (LibreOffice does not open comments inside footnotes.xml),
    // each saying which note and which words.
    assert.doesNotMatch(footnotes, /commentRangeStart/);
    assert.equal(documentXml.match(/<w:commentRangeStart /g)?.length, findings.length);
    assert.match(documentXml, /<w:commentRangeStart w:id="\d+"\/><w:r>(?:(?!<\/w:r>).)*<w:footnoteReference w:id="1"\/>/);
    assert.match(commentsXml, /【lexicon-typo】脚注中的“布署”：/);
    assert.equal(r.comments, findings.length);
    // The body, without a finding, is written back as it was read.
    assert.deepEqual(readDocxText(openPackage(r.bytes)).text.slice(0, model.bodyEnd), model.text.slice(0, model.bodyEnd));

    const dir = mkdtempSync(join(tmpdir(), 'wenmi-notes-'));
    // LibreOffice opens the copy: both comments, and the 修订 in the footnote (a deletion and an insertion).
    if (soffice()) {
      writeFileSync(join(dir, 'reviewed.docx'), r.bytes);
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'fodt', '--outdir', dir, join(dir, 'reviewed.docx')], { stdio: 'ignore', timeout: 110_000 });
      const fodt = readFileSync(join(dir, 'reviewed.fodt'), 'utf8');
      assert.equal(fodt.split('<office:annotation').length - 1 - (fodt.split('<office:annotation-end').length - 1), findings.length);
      assert.equal(fodt.split('<text:changed-region').length - 1, 2);
    } else if (process.env.CI) assert.fail('soffice is installed by .ci/run');
    writeFileSync(join(dir, '通知.docx'), bytes);
    const lines: string[] = [];
    const io = { ...nodeIO(), cwd: dir, stdout: (s: string) => void lines.push(s), stderr: () => {} };
    await main(['check', '通知.docx'], io);
    // Line 10 is the first note (8 lines of body, a blank line); its comma is its 16th character.
    assert.match(lines.join(''), /通知\.docx:10:16 \w+ punct-halfwidth-in-cjk/);
    assert.match(lines.join(''), /通知\.docx:10:\d+ \w+ lexicon-typo/);
    // --fix never writes a Word file (its text is no file of its own): the file stays byte for byte.
    await main(['check', '--fix', '通知.docx'], io);
    assert.ok(Buffer.from(readFileSync(join(dir, '通知.docx'))).equals(Buffer.from(bytes)));
  });
});
