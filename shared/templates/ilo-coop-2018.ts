/**
 * The built-in workshop: the ILO meeting on cooperative-to-cooperative trade,
 * Geneva, 12 June 2018, transcribed from its concept note's tentative agenda.
 */
import type { BreakoutPlanInput } from '../schemas/breakout-plan.ts';
import type { WorkshopTemplateInput } from '../schemas/template.ts';
import { iloTranslations } from './ilo-coop-2018-translations.ts';

const moderator = 'Erinch Sahan, WFTO';
const talkQuestions = { boardIds: ['questions'], mode: 'open' as const };
// A session's Q&A gathers the questions asked during each of its talks.
const sessionQuestions = { ...talkQuestions, view: 'qa' as const };

/**
 * Session 3 in breakout groups, an option the template offers and leaves off (the concept note
 * runs the session in plenary). The steps that offer it carry `groups: null` (offered, off; a step
 * without the key does not offer it); the facilitator switches one on by setting its
 * `config.groups` to this plan (agenda:edit activity.update, or the console's "Start groups"
 * prefilled with it): eight tables for the people in the room (six or seven each of the sixty), balanced across
 * organisations, remote participants in groups of their own. Writing and grouping share the plan,
 * so the groups carry on from one step to the next on the same boards until the facilitator merges.
 * Mapping roles offers it too: each table fills its own copy of the roles matrix, its members'
 * organisations as rows, and the merge brings every table's commitments to the plenary matrix.
 */
export const ILO_GROUP_PLAN = {
  count: 8,
  size: null,
  rule: 'balanced',
  remote: 'own',
} as const satisfies BreakoutPlanInput;
export const ILO_GROUP_STEPS = ['s3-silent-writing', 's3-grouping', 's3-roles'] as const;

export const iloCoop2018: WorkshopTemplateInput = {
  id: 'ilo-coop-2018',
  title: 'Meeting on enhancing cooperation and trade between cooperatives and other SSE organizations for decent work',
  date: '2018-06-12',
  timezone: 'Europe/Zurich',
  venue: 'ILO Geneva, Room VI (R3 South), 4 route des Morillons, Entry building R2 North',
  boards: [
    {
      id: 'expectations',
      kind: 'expectations',
      title: 'Expectations',
      prompt: 'What do you expect from today?',
      columns: ['Expectations'],
    },
    {
      id: 'questions',
      kind: 'questions',
      title: 'Questions',
      prompt: 'Ask the speaker a question',
      columns: ['Questions'],
    },
    {
      id: 'challenges',
      kind: 'notes',
      title: 'Challenges',
      prompt: 'What problems do cooperatives face when establishing commercial linkages with other cooperatives?',
      columns: [
        'Markets and trade',
        'Quality and standards',
        'Costs and finance',
        'Skills and organisation',
        'Policy and environment',
      ],
    },
    {
      id: 'opportunities',
      kind: 'notes',
      title: 'Opportunities',
      prompt: 'What market opportunities exist, and how can coop-to-coop trade be upscaled?',
      columns: ['Markets and products', 'Partnerships', 'Support and tools'],
    },
    {
      id: 'roles',
      kind: 'roles',
      title: 'Roles',
      prompt: 'What role can your organisation play in a joint pilot initiative?',
      columns: ['Intermediation', 'Capacity building', 'Tools', 'Finance', 'Market access', 'Evidence and research'],
    },
  ],
  agenda: {
    segments: [
      {
        id: 'opening',
        kind: 'opening',
        title: 'Opening session: Setting the scene and aligning expectations',
        start: '09:00',
        end: '09:30',
        speakers: [{ name: 'Simel Esim', organisation: 'ILO COOP' }],
        config: { boardIds: ['expectations'], mode: 'open' },
        activities: [
          {
            id: 'opening-welcome',
            title: 'Welcome and setting the scene',
            minutes: 15,
            speakers: [{ name: 'Simel Esim', organisation: 'ILO COOP' }],
            config: { boardIds: ['expectations'], mode: 'locked' },
          },
          {
            id: 'opening-expectations',
            title: 'Writing our expectations',
            minutes: 15,
            prompt: 'What do you expect from today?',
            config: { boardIds: ['expectations'], mode: 'open' },
          },
        ],
      },
      {
        id: 'session-1',
        kind: 'talks',
        title: 'Session 1: Sharing coop-to-coop trade experiences',
        start: '09:30',
        end: '11:00',
        format: 'Presentations and Q&A',
        moderator,
        discussionPoints: [
          'How can successful coop-to-coop trade linkages be established?',
          'What kind of approaches or interventions have proven to work and which ones are doomed to fail?',
        ],
        speakers: [
          {
            name: 'Rudy Dalvai',
            organisation: 'WFTO',
            topic:
              'Products produced by coops in Africa, Latin America and Asia, imported to Italy and sold all over Europe. A coop-to-coop trade case study by WFTO members',
          },
          {
            name: 'Thomas Roland',
            organisation: 'Coop Denmark',
            topic: "Coop Denmark's experience in connecting African producer coops with European consumers",
          },
          {
            name: 'Camilla Carabini',
            organisation: 'Coopermondo',
            topic:
              'Organic Pineapple produced by a youth cooperative in Togo and exported to the Italian cooperative Coopermondo, with NGO facilitation',
          },
        ],
        config: talkQuestions,
        activities: [
          {
            id: 'session-1-talk-1',
            title: 'Coop-to-coop trade: a case study by WFTO members',
            minutes: 20,
            speakers: [{ name: 'Rudy Dalvai', organisation: 'WFTO' }],
            config: talkQuestions,
          },
          {
            id: 'session-1-talk-2',
            title: "Coop Denmark's experience with African producer coops",
            minutes: 20,
            speakers: [{ name: 'Thomas Roland', organisation: 'Coop Denmark' }],
            config: talkQuestions,
          },
          {
            id: 'session-1-talk-3',
            title: 'Organic pineapple from a youth cooperative in Togo',
            minutes: 20,
            speakers: [{ name: 'Camilla Carabini', organisation: 'Coopermondo' }],
            config: talkQuestions,
          },
          { id: 'session-1-qa', title: 'Questions and answers', minutes: 30, config: sessionQuestions },
        ],
      },
      {
        id: 'coffee-morning',
        kind: 'break',
        title: 'Coffee Break',
        start: '11:00',
        end: '11:30',
        config: { mode: 'locked', remoteWriting: false },
      },
      {
        id: 'session-2',
        kind: 'talks',
        title: 'Session 2: Identifying challenges and opportunities for coop-to-coop trade',
        start: '11:30',
        end: '13:00',
        format: 'Presentations and Q&A',
        moderator,
        discussionPoints: [
          'What problems do cooperatives face when establishing commercial linkages with other cooperatives?',
          'What market opportunities exist?',
          'How to upscale coop-to-coop trade?',
        ],
        speakers: [
          {
            name: 'Josie Rowe-Setz',
            organisation: 'Gender Research Alliance',
            topic: 'Challenges/opportunities for cooperatives in the SADC region in trade promotion',
          },
          {
            name: 'Yasuhiko Takasugi',
            organisation: 'JCCU',
            topic:
              'Challenges/opportunities for Japanese consumer cooperatives in promoting fair trade and coop-to-coop trade',
          },
          {
            name: 'Nihal Devagiri',
            organisation: 'ILO Colombo',
            topic:
              'ILO support for producer cooperatives in Sri Lanka and challenges/opportunities in integrating them into broader supply chains',
          },
        ],
        config: talkQuestions,
        activities: [
          {
            id: 'session-2-talk-1',
            title: 'Cooperatives in the SADC region and trade promotion',
            minutes: 20,
            speakers: [{ name: 'Josie Rowe-Setz', organisation: 'Gender Research Alliance' }],
            config: talkQuestions,
          },
          {
            id: 'session-2-talk-2',
            title: 'Japanese consumer cooperatives, fair trade and coop-to-coop trade',
            minutes: 20,
            speakers: [{ name: 'Yasuhiko Takasugi', organisation: 'JCCU' }],
            config: talkQuestions,
          },
          {
            id: 'session-2-talk-3',
            title: 'Producer cooperatives in Sri Lanka and broader supply chains',
            minutes: 20,
            speakers: [{ name: 'Nihal Devagiri', organisation: 'ILO Colombo' }],
            config: talkQuestions,
          },
          { id: 'session-2-qa', title: 'Questions and answers', minutes: 30, config: sessionQuestions },
        ],
      },
      {
        id: 'lunch',
        kind: 'break',
        title: 'Lunch break',
        start: '13:00',
        end: '14:30',
        config: { mode: 'locked', remoteWriting: false },
      },
      {
        id: 'session-3',
        kind: 'discussion',
        title: 'Session 3: Discussing our roles and strategies for expanding coop-to-coop trade',
        start: '14:30',
        end: '16:00',
        format: 'Group discussion',
        moderator,
        discussionPoints: [
          'What is needed in terms of intermediation, capacity-building and tools to make coop-to-coop trade work?',
          'What role can we play in strengthening cooperation between cooperatives?',
          'How can we collaborate and develop a joint initiative to promote coop-to-coop trade?',
        ],
        config: { boardIds: ['challenges', 'opportunities'], mode: 'locked' },
        activities: [
          {
            id: 's3-framing',
            title: 'Framing the discussion',
            minutes: 10,
            prompt: 'What is needed to make coop-to-coop trade work, and what role can we play?',
            config: { boardIds: ['challenges', 'opportunities'], mode: 'locked' },
          },
          {
            id: 's3-silent-writing',
            title: 'Silent writing: challenges and opportunities',
            minutes: 15,
            prompt: 'One idea per note. Others see your notes only when the facilitator reveals them.',
            config: { boardIds: ['challenges', 'opportunities'], mode: 'private', groups: null },
          },
          {
            id: 's3-grouping',
            title: 'Grouping the notes',
            minutes: 15,
            prompt: 'Which notes belong together? Name the groups.',
            config: { boardIds: ['challenges', 'opportunities'], mode: 'locked', groups: null },
          },
          {
            id: 's3-dot-vote',
            title: 'Dot vote: what matters most',
            minutes: 10,
            prompt: 'Spend your dots on the challenges and opportunities to act on first.',
            config: {
              boardIds: ['challenges', 'opportunities'],
              mode: 'locked',
              vote: { budget: 5, allowStacking: false },
            },
          },
          {
            id: 's3-roles',
            title: 'Mapping our roles',
            minutes: 25,
            prompt: 'What can your organisation contribute to a joint pilot initiative?',
            config: { boardIds: ['roles'], mode: 'open', groups: null },
          },
          {
            id: 's3-commitments',
            title: 'Commitments and next steps',
            minutes: 15,
            prompt: 'Who will do what, with whom, by when?',
            config: { boardIds: ['roles'], mode: 'open', view: 'actions' },
          },
        ],
      },
      {
        id: 'coffee-afternoon',
        kind: 'break',
        title: 'Coffee break',
        start: '16:00',
        end: '16:30',
        config: { mode: 'locked', remoteWriting: false },
      },
      {
        id: 'closing',
        kind: 'closing',
        title: 'Closing session: Reflecting on achieved expectations and future steps',
        start: '16:30',
        end: '17:00',
        moderator,
        config: { boardIds: ['expectations'], mode: 'locked' },
        activities: [
          {
            id: 'closing-review',
            title: 'Were our expectations met?',
            minutes: 20,
            prompt: 'Rate each expectation: met, partly met or not met.',
            config: { boardIds: ['expectations'], mode: 'locked' },
          },
          {
            id: 'closing-next-steps',
            title: 'Future steps and close',
            minutes: 10,
            config: { boardIds: ['roles'], mode: 'locked', view: 'actions' },
          },
        ],
      },
    ],
  },
  translations: iloTranslations,
};
