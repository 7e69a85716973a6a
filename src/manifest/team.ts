/** Contributions of team packs and project configuration (.wenmirc.json). */
import type { ManifestPart } from './types';

const TEXT_EDITOR = 'editorLangId == gongwen || editorLangId == plaintext || editorLangId == markdown';

export const teamManifest: ManifestPart = {
  // Loads the configuration (and shows its errors) as soon as a project has one.
  activationEvents: ['workspaceContains:**/.wenmirc.json'],
  contributes: {
    commands: [
      { command: 'wenmi.createPack', title: '%command.createPack%', category: 'Wenmi' },
      { command: 'wenmi.addSelectionAsSnippet', title: '%command.addSelectionAsSnippet%', category: 'Wenmi' },
      { command: 'wenmi.showEffectiveConfig', title: '%command.showEffectiveConfig%', category: 'Wenmi' },
    ],
    menus: {
      commandPalette: [
        { command: 'wenmi.createPack', when: 'workspaceFolderCount > 0' },
        { command: 'wenmi.addSelectionAsSnippet', when: `editorHasSelection && workspaceFolderCount > 0` },
        { command: 'wenmi.showEffectiveConfig', when: 'editorIsOpen' },
      ],
      'editor/context': [
        { command: 'wenmi.addSelectionAsSnippet', when: `editorHasSelection && workspaceFolderCount > 0 && (${TEXT_EDITOR})`, group: '9_cutcopypaste@91' },
      ],
    },
    // The files are JSON with comments; the schemas come from src/core/project/schema.ts (npm run gen).
    languages: [{ id: 'jsonc', filenames: ['.wenmirc.json', 'wenmi-pack.json'] }],
    jsonValidation: [
      { fileMatch: '.wenmirc.json', url: './schemas/wenmirc.schema.json' },
      { fileMatch: 'wenmi-pack.json', url: './schemas/wenmi-pack.schema.json' },
    ],
  },
};
