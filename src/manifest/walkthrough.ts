/**
 * The guided start (Getting Started page): create a 公文 from a template, see a squiggle and fix it, check a
 * folder on the command line, share a team pack. Each step opens the real command; texts are in
 * package.nls*.json, the pictures of each step in media/walkthrough/.
 */
import type { ManifestPart } from './types';

export const WALKTHROUGH_ID = 'wenmi.gettingStarted';

const step = (id: string, media: string, completionEvents: string[]) => ({
  id,
  title: `%walkthrough.${id}.title%`,
  description: `%walkthrough.${id}.description%`,
  media: { markdown: `media/walkthrough/${media}.md` },
  completionEvents,
});

export const walkthroughManifest: ManifestPart = {
  activationEvents: ['onCommand:wenmi.openSample'],
  contributes: {
    commands: [{ command: 'wenmi.openSample', title: '%command.openSample%', category: 'Wenmi' }],
    walkthroughs: [
      {
        id: WALKTHROUGH_ID,
        title: '%walkthrough.title%',
        description: '%walkthrough.description%',
        steps: [
          step('newDocument', 'new-document', ['onCommand:wenmi.newDocument']),
          step('fixProblem', 'fix-problem', ['onCommand:wenmi.openSample']),
          step('checkFolder', 'check-folder', ['onCommand:workbench.action.terminal.new']),
          step('teamPack', 'team-pack', ['onCommand:wenmi.createPack']),
        ],
      },
    ],
  },
};
