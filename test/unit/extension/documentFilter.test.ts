/** Which documents Wenmi checks (wenmi.enable, wenmi.languages, schemes) and how (wenmi.detect). */
import { strict as assert } from 'node:assert';
import { DEFAULT_SETTINGS, detectModeFor, effectiveRunMode, isChecked, LARGE_DOCUMENT_CHARS, normalizeSettings } from '../../../src/extension/documentFilter';

const doc = (languageId: string, scheme = 'file') => ({ languageId, scheme });

describe('extension: which documents are checked', () => {
  it('by default: gongwen, plaintext and markdown files and untitled documents', () => {
    for (const l of ['gongwen', 'plaintext', 'markdown']) {
      assert.ok(isChecked(doc(l), DEFAULT_SETTINGS), l);
      assert.ok(isChecked(doc(l, 'untitled'), DEFAULT_SETTINGS), `untitled ${l}`);
      assert.ok(isChecked(doc(l, 'vscode-vfs'), DEFAULT_SETTINGS), `${l} in a virtual workspace`);
    }
  });
  it('not other languages, nor views onto other text (git diffs, output, SCM input)', () => {
    assert.ok(!isChecked(doc('typescript'), DEFAULT_SETTINGS));
    for (const scheme of ['git', 'output', 'vscode-scm']) assert.ok(!isChecked(doc('plaintext', scheme), DEFAULT_SETTINGS), scheme);
  });
  it('wenmi.enable: false checks nothing; wenmi.languages decides the languages', () => {
    assert.ok(!isChecked(doc('gongwen'), { ...DEFAULT_SETTINGS, enable: false }));
    const onlyGongwen = { ...DEFAULT_SETTINGS, languages: ['gongwen'] };
    assert.ok(isChecked(doc('gongwen'), onlyGongwen));
    assert.ok(!isChecked(doc('markdown'), onlyGongwen));
    assert.ok(isChecked(doc('latex'), { ...DEFAULT_SETTINGS, languages: ['latex'] }), 'a language the user adds');
  });
  it('gongwen documents are always 公文; other languages follow wenmi.detect', () => {
    for (const mode of ['auto', 'always', 'never'] as const) {
      assert.equal(detectModeFor(doc('gongwen'), mode), 'always');
      assert.equal(detectModeFor(doc('markdown'), mode), mode);
      assert.equal(detectModeFor(doc('plaintext'), mode), mode);
    }
  });
});

describe('extension: reading the settings defensively', () => {
  it('defaults for missing values', () => {
    assert.deepEqual(normalizeSettings({}), DEFAULT_SETTINGS);
  });
  it('keeps valid values', () => {
    assert.deepEqual(normalizeSettings({ enable: false, languages: ['gongwen'], run: 'onSave', debounceMs: 800 }), {
      enable: false, languages: ['gongwen'], run: 'onSave', debounceMs: 800,
    });
  });
  it('repairs what a hand-edited settings.json may hold', () => {
    assert.deepEqual(normalizeSettings({ enable: 'yes', languages: ['gongwen', 3, null], run: 'sometimes', debounceMs: -5 }), {
      enable: true, languages: ['gongwen'], run: 'onType', debounceMs: 0,
    });
    assert.equal(normalizeSettings({ debounceMs: 1e9 }).debounceMs, 5000, 'capped as the schema says');
    assert.equal(normalizeSettings({ debounceMs: Number.NaN }).debounceMs, 300);
    assert.deepEqual(normalizeSettings({ languages: 'markdown' }).languages, DEFAULT_SETTINGS.languages);
  });
});

describe('effectiveRunMode: very large documents are checked on save, not per keystroke', () => {
  it('keeps the configured mode for an ordinary document', () => {
    assert.equal(effectiveRunMode(DEFAULT_SETTINGS, 10_000), 'onType');
    assert.equal(effectiveRunMode({ ...DEFAULT_SETTINGS, run: 'onSave' }, 10_000), 'onSave');
    assert.equal(effectiveRunMode(DEFAULT_SETTINGS, LARGE_DOCUMENT_CHARS), 'onType');
  });
  it('switches to onSave above the limit', () => {
    assert.equal(effectiveRunMode(DEFAULT_SETTINGS, LARGE_DOCUMENT_CHARS + 1), 'onSave');
  });
});
