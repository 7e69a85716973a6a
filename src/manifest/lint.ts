/** Contributions of the linting features: the gongwen language id, diagnostics settings, fix commands. */
import type { ManifestPart } from './types';

/** Set by the extension while the active editor holds a document Wenmi checks (statusBar.ts). */
const CHECKED = 'wenmi.documentChecked';

export const lintManifest: ManifestPart = {
  activationEvents: ['onLanguage:gongwen', 'onLanguage:plaintext', 'onLanguage:markdown'],
  contributes: {
    commands: [
      { command: 'wenmi.fixAll', title: '%command.fixAll%', category: 'Wenmi' },
      { command: 'wenmi.lintDocument', title: '%command.lintDocument%', category: 'Wenmi' },
      { command: 'wenmi.copyCleanText', title: '%command.copyCleanText%', category: 'Wenmi' },
      { command: 'wenmi.showRuleDocs', title: '%command.showRuleDocs%', category: 'Wenmi' },
      { command: 'wenmi.openPreview', title: '%command.openPreview%', category: 'Wenmi', icon: '$(open-preview)' },
      { command: 'wenmi.exportDocx', title: '%command.exportDocx%', category: 'Wenmi', icon: '$(file-symlink-file)' },
      { command: 'wenmi.reviewDocx', title: '%command.reviewDocx%', category: 'Wenmi' },
      { command: 'wenmi.checkWorkspace', title: '%command.checkWorkspace%', category: 'Wenmi' },
      { command: 'wenmi.writeReviewedDocx', title: '%command.writeReviewedDocx%', category: 'Wenmi', icon: '$(comment-discussion)' },
    ],
    menus: {
      commandPalette: [
        { command: 'wenmi.fixAll', when: CHECKED },
        { command: 'wenmi.lintDocument', when: CHECKED },
        { command: 'wenmi.copyCleanText', when: CHECKED },
        { command: 'wenmi.openPreview', when: CHECKED },
        // (Set by the extension where the Word writer can load: a Node extension host, not the web one.)
        { command: 'wenmi.exportDocx', when: `${CHECKED} && wenmi.canExportDocx` },
        { command: 'wenmi.reviewDocx', when: 'wenmi.canExportDocx' },
        { command: 'wenmi.checkWorkspace', when: 'workspaceFolderCount > 0' },
        { command: 'wenmi.writeReviewedDocx', when: 'resourceScheme == wenmi-docx' },
      ],
      'explorer/context': [
        { command: 'wenmi.reviewDocx', when: 'resourceExtname == .docx && wenmi.canExportDocx', group: 'navigation@90' },
      ],
      'editor/title': [
        { command: 'wenmi.openPreview', when: CHECKED, group: 'navigation@90' },
        { command: 'wenmi.exportDocx', when: `${CHECKED} && wenmi.canExportDocx`, group: 'navigation@91' },
        { command: 'wenmi.writeReviewedDocx', when: 'resourceScheme == wenmi-docx', group: 'navigation@92' },
      ],
      'editor/context': [
        { command: 'wenmi.fixAll', when: CHECKED, group: '1_modification@90' },
        { command: 'wenmi.copyCleanText', when: CHECKED, group: '9_cutcopypaste@90' },
      ],
    },
    languages: [
      {
        id: 'gongwen',
        aliases: ['公文', 'Gongwen', 'gongwen'],
        extensions: ['.gw'],
      },
    ],
    configuration: {
      title: 'Wenmi 文秘',
      properties: {
        'wenmi.enable': {
          type: 'boolean',
          default: true,
          scope: 'resource',
          markdownDescription: '%config.enable%',
        },
        'wenmi.languages': {
          type: 'array',
          items: { type: 'string' },
          default: ['gongwen', 'plaintext', 'markdown'],
          scope: 'resource',
          markdownDescription: '%config.languages%',
        },
        'wenmi.run': {
          type: 'string',
          enum: ['onType', 'onSave'],
          enumDescriptions: ['%config.run.onType%', '%config.run.onSave%'],
          default: 'onType',
          scope: 'resource',
          markdownDescription: '%config.run%',
        },
        'wenmi.debounceMs': {
          type: 'number',
          default: 300,
          minimum: 0,
          maximum: 5000,
          scope: 'resource',
          markdownDescription: '%config.debounceMs%',
        },
        'wenmi.ignore': {
          type: 'array',
          items: { type: 'string' },
          default: [],
          scope: 'resource',
          markdownDescription: '%config.ignore%',
        },
        'wenmi.review.author': {
          type: 'string',
          default: '',
          scope: 'application',
          markdownDescription: '%config.review.author%',
        },
        'wenmi.untitledAsGongwen': {
          type: 'boolean',
          default: true,
          scope: 'resource',
          markdownDescription: '%config.untitledAsGongwen%',
        },
        'wenmi.detect': {
          type: 'string',
          enum: ['auto', 'always', 'never'],
          enumDescriptions: ['%config.detect.auto%', '%config.detect.always%', '%config.detect.never%'],
          default: 'auto',
          scope: 'resource',
          markdownDescription: '%config.detect%',
        },
        'wenmi.rules': {
          type: 'object',
          default: {},
          scope: 'resource',
          markdownDescription: '%config.rules%',
          additionalProperties: {
            anyOf: [
              { type: 'string', enum: ['off', 'info', 'warning', 'error'] },
              {
                type: 'object',
                properties: {
                  severity: { type: 'string', enum: ['off', 'info', 'warning', 'error'] },
                  options: { type: 'object' },
                },
                additionalProperties: false,
              },
            ],
          },
        },
      },
    },
  },
};
