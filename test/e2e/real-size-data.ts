/**
 * The ILO meeting at its real size, as data: 60 people from 14 organisations, their 24
 * expectations, 15 questions, 120 notes in 10 groups, 20 commitments. Deterministic, so a
 * screenshot of step N shows the same room on every run.
 */

export const ORGANISATIONS = [
  'ILO COOP',
  'World Fair Trade Organization',
  'Coop Denmark',
  'Coopermondo',
  'Gender Research Alliance',
  'Japanese Consumers’ Co-operative Union',
  'ILO Colombo',
  'ICA Africa',
  'ICA Asia-Pacific',
  'Cooperatives Europe',
  'Euro Coop',
  'Fairtrade International',
  'Fair Trade Advocacy Office',
  'Union des coopératives agricoles du Sénégal',
] as const;

const FIRST = [
  'Amina',
  'Tomás',
  'Keiko',
  'Lucía',
  'Kwame',
  'Ingrid',
  'Ravi',
  'Fatou',
  'Mateo',
  'Yuki',
  'Olga',
  'Chidi',
  'Sofía',
  'Anders',
  'Mei',
  'Joaquim',
  'Nadia',
  'Pedro',
  'Aiko',
  'Samuel',
];
const LAST = ['Diallo', 'Rivera', 'Sato', 'Gómez', 'Mensah', 'Larsen', 'Perera', 'Ndiaye', 'Rossi', 'Tanaka', 'Silva'];

export interface Person {
  name: string;
  organisation: string;
  attendance: 'room' | 'remote';
}

/** 60 people: every organisation has some, one in five is remote. */
export const PEOPLE: Person[] = Array.from({ length: 60 }, (_, i) => ({
  name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}${i >= 40 ? ' Jr' : ''}`,
  organisation: ORGANISATIONS[i % ORGANISATIONS.length]!,
  attendance: i % 5 === 4 ? 'remote' : 'room',
}));

const EXPECTATION_TOPICS = [
  'meet buyers from consumer cooperatives',
  'understand what blocks coop-to-coop trade in Africa',
  'agree on a joint pilot initiative',
  'learn how Coop Denmark works with producer coops',
  'find partners for certification support',
  'hear what worked in Sri Lanka',
  'leave with concrete next steps and owners',
  'connect fair trade and cooperative networks',
  'see data on coop-to-coop trade volumes',
  'map who can finance pilots',
  'share the SADC experience',
  'learn about tools for traceability',
];

/** 24 expectations written in the opening: two per topic, the second one longer. */
export const EXPECTATIONS: string[] = EXPECTATION_TOPICS.flatMap((topic) => [
  `I hope to ${topic}.`,
  `By the end of the day I would like to ${topic}, and to know who in this room will follow it up with us after the meeting.`,
]);

/** The closing's carry-forward action for each expectation not fully met: whole sentences, as a facilitator writes them. */
export const FOLLOW_UPS: string[] = EXPECTATION_TOPICS.flatMap((topic) => [
  `A follow-up call for everyone who hoped to ${topic}.`,
  `A note to all participants on how the network will ${topic} after today.`,
]);

/** 15 questions: five per talk in Session 1's three talks and Session 2's first two. */
export const QUESTIONS: Array<{ talk: string; text: string }> = [
  ['session-1-talk-1', 'How were prices agreed between the producers and the importers?'],
  ['session-1-talk-1', 'Which products sold best in European shops?'],
  ['session-1-talk-1', 'How long did it take to set up the first shipment?'],
  ['session-1-talk-2', 'How does Coop Denmark choose the producer coops it works with?'],
  ['session-1-talk-2', 'Who carries the risk when a harvest fails?'],
  ['session-1-talk-2', 'Do members of Coop Denmark know where their products come from?'],
  ['session-1-talk-3', 'Who paid for the organic certification in Togo?'],
  ['session-1-talk-3', 'What role did the NGO play once the trade was running?'],
  ['session-1-talk-3', 'Could the same model work for coffee or cocoa?'],
  ['session-2-talk-1', 'Which SADC countries have the strongest cooperative laws?'],
  ['session-2-talk-1', 'How do women-led cooperatives get access to credit?'],
  ['session-2-talk-1', 'What would a regional trade fair need to succeed?'],
  ['session-2-talk-2', 'How do JCCU members decide which fair trade products to stock?'],
  ['session-2-talk-2', 'Is there a label for coop-to-coop products in Japan?'],
  ['session-2-talk-2', 'How big is the market for imported cooperative products in Japan?'],
].map(([talk, text]) => ({ talk: talk!, text: text! }));

const CHALLENGE_COLUMNS = [
  'Markets and trade',
  'Quality and standards',
  'Costs and finance',
  'Skills and organisation',
  'Policy and environment',
] as const;
const OPPORTUNITY_COLUMNS = ['Markets and products', 'Partnerships', 'Support and tools'] as const;

const CHALLENGE_SUBJECTS = [
  'Small producer cooperatives',
  'Consumer cooperatives in Europe',
  'Cooperatives in the SADC region',
  'Women-led cooperatives',
  'Youth cooperatives',
  'Fishers’ cooperatives in Sri Lanka',
];
const CHALLENGE_PROBLEMS = [
  'cannot meet the volumes large buyers ask for',
  'pay too much for certification and audits',
  'lack reliable information about buyers abroad',
  'wait months to be paid after delivery',
  'struggle with export paperwork and customs',
  'have no shared quality system',
  'lose members when prices fall',
  'lack managers trained in international trade',
  'face import rules that change every year',
  'cannot get credit for working capital',
  'have no cold chain for fresh products',
  'compete with cheaper conventional products',
];
const OPPORTUNITY_IDEAS = [
  'Twin producer and consumer cooperatives across regions',
  'A shared online directory of cooperatives that export',
  'Joint purchasing of certification services',
  'A regional trade fair for cooperatives',
  'Cooperative banks financing export orders',
  'A common label for coop-to-coop products',
  'Training exchanges between managers',
  'Pooling shipments to reach container loads',
];
const OPPORTUNITY_DETAILS = [
  'starting with coffee, tea and dried fruit',
  'with ILO support in the first two years',
  'so that small coops can sell together',
  'linked to the fair trade networks already in place',
  'tested first between two or three partners',
  'with clear prices agreed a season ahead',
];

/** The longest note a participant may write (500 characters), to check the largest card fits a column. */
const LONGEST =
  'Our cooperative tried to export dried mango to three European consumer cooperatives over four years. Each time the order was too large for us alone, the certification had to be renewed at our cost, the buyer changed its packaging rules, and payment came ninety days after delivery. We need a joint approach: pooled orders across neighbouring cooperatives, shared certification, and a buyer who commits to a price for a whole season, so members can plan what to plant.';

export interface SeedNote {
  boardId: 'challenges' | 'opportunities';
  column: string;
  text: string;
}

/** 120 notes: 72 challenges over five columns and 48 opportunities over three; one at the length limit. */
export const NOTES: SeedNote[] = [
  ...Array.from({ length: 72 }, (_, i) => ({
    boardId: 'challenges' as const,
    column: CHALLENGE_COLUMNS[i % CHALLENGE_COLUMNS.length]!,
    text:
      i === 0
        ? LONGEST
        : `${CHALLENGE_SUBJECTS[i % CHALLENGE_SUBJECTS.length]} ${CHALLENGE_PROBLEMS[Math.floor(i / CHALLENGE_SUBJECTS.length) % CHALLENGE_PROBLEMS.length]}.`,
  })),
  ...Array.from({ length: 48 }, (_, i) => ({
    boardId: 'opportunities' as const,
    column: OPPORTUNITY_COLUMNS[i % OPPORTUNITY_COLUMNS.length]!,
    text: `${OPPORTUNITY_IDEAS[i % OPPORTUNITY_IDEAS.length]}, ${OPPORTUNITY_DETAILS[Math.floor(i / OPPORTUNITY_IDEAS.length) % OPPORTUNITY_DETAILS.length]}.`,
  })),
];

/** 10 groups: six on Challenges, four on Opportunities, each taking the notes at these positions of its board. */
export const GROUPS: Array<{ boardId: 'challenges' | 'opportunities'; title: string; every: number; offset: number }> =
  [
    { boardId: 'challenges', title: 'Reaching buyers', every: 12, offset: 2 },
    { boardId: 'challenges', title: 'Cost of certification', every: 12, offset: 1 },
    { boardId: 'challenges', title: 'Getting paid on time', every: 12, offset: 3 },
    { boardId: 'challenges', title: 'Export paperwork', every: 12, offset: 4 },
    { boardId: 'challenges', title: 'Volumes too small for large buyers', every: 12, offset: 0 },
    { boardId: 'challenges', title: 'Credit and working capital', every: 12, offset: 9 },
    { boardId: 'opportunities', title: 'Twinning', every: 8, offset: 0 },
    { boardId: 'opportunities', title: 'Finding each other', every: 8, offset: 1 },
    { boardId: 'opportunities', title: 'Shared certification', every: 8, offset: 2 },
    { boardId: 'opportunities', title: 'Trade fairs and shipments', every: 8, offset: 3 },
  ];

const KINDS = ['Intermediation', 'Capacity building', 'Tools', 'Finance', 'Market access', 'Evidence and research'];
const PLEDGES = [
  'Host a first twinning meeting between two producer and two consumer cooperatives',
  'Run a training on export paperwork for cooperative managers',
  'Build the shared directory of exporting cooperatives',
  'Propose a revolving fund for certification costs',
  'Open shelf space for a coop-to-coop product line',
  'Collect data on coop-to-coop trade volumes for a baseline',
  'Coordinate the joint pilot initiative and its steering group',
  'Connect the pilot to fair trade advocacy at EU level',
  'Share our quality system with partner cooperatives',
  'Draft the concept note of the joint pilot',
];

/** 20 commitments, proposed by people of 14 organisations, some with a follow-up date and a contact person. */
export const COMMITMENTS = Array.from({ length: 20 }, (_, i) => ({
  by: i % PEOPLE.length,
  kind: KINDS[i % KINDS.length]!,
  text: PLEDGES[i % PLEDGES.length]! + (i >= PLEDGES.length ? ' in a second region' : ''),
  contact: i % 4 === 3 ? '' : `${PEOPLE[i]!.name}`,
  followUp: i % 5 === 4 ? null : `2018-${String(7 + (i % 5)).padStart(2, '0')}-${String(10 + i).padStart(2, '0')}`,
}));
