/**
 * Contributions of the drafting features: New Official Document (command palette and File → New
 * File…), the gongwen language's configuration and TextMate grammar, the static snippets, and editor
 * defaults that suit Chinese prose in .gw files.
 */
import type { ManifestPart } from './types';

export const SNIPPET_LANGUAGES = ['gongwen', 'plaintext', 'markdown'];

export const draftingManifest: ManifestPart = {
  activationEvents: ['onCommand:wenmi.newDocument'],
  contributes: {
    commands: [
      { command: 'wenmi.newDocument', title: '%command.newDocument%', shortTitle: '%command.newDocument.short%', category: 'Wenmi' },
    ],
    menus: {
      'file/newFile': [{ command: 'wenmi.newDocument', group: 'file' }],
    },
    // A second entry for the id declared by the lint part: VS Code merges them.
    languages: [{ id: 'gongwen', configuration: './language-configuration.json' }],
    grammars: [{ language: 'gongwen', scopeName: 'text.gongwen', path: './syntaxes/gongwen.tmLanguage.json' }],
    snippets: SNIPPET_LANGUAGES.map((language) => ({ language, path: './snippets/gongwen.json' })),
    configurationDefaults: {
      '[gongwen]': {
        'editor.wordWrap': 'on',
        'editor.wordBasedSuggestions': 'off',
        'editor.wordSegmenterLocales': 'zh-CN',
        // Full-width punctuation (，：（）) is the text itself, not a look-alike; U+3000 is the indentation.
        'editor.unicodeHighlight.ambiguousCharacters': false,
        'editor.unicodeHighlight.allowedCharacters': { '\u3000': true },
      },
    },
  },
};
