/** The method library in English. */
import type { MethodTexts } from './text.ts';

export const methodsEn: MethodTexts = {
  'silent-writing': {
    name: 'Silent writing and reveal',
    summary:
      'Everyone writes alone first, unseen by the others, so the first voice does not set the tone; then all notes appear at once.',
    boards: { ideas: { title: 'Ideas', prompt: 'What comes to mind? One idea per note.', columns: ['Ideas'] } },
    steps: {
      write: {
        title: 'Silent writing',
        prompt: 'Write on your own, one idea per note. Nobody sees your notes until they are revealed.',
      },
      reveal: {
        title: 'Reveal and read',
        prompt: 'All the notes at once: read them, ask what is unclear, spot patterns.',
      },
    },
  },
  'one-two-four-all': {
    name: '1-2-4-All',
    summary:
      'A question explored alone, then in pairs, then in fours, then by everyone: every voice is heard and the strongest ideas rise.',
    boards: { ideas: { title: 'Ideas', prompt: 'What could we do about it?', columns: ['Ideas'] } },
    steps: {
      one: { title: '1 · Alone', prompt: 'One minute in silence: note your own ideas.' },
      two: {
        title: '2 · In pairs',
        prompt: 'Share with a neighbour, build on each other, keep the ideas you both like.',
      },
      four: { title: '4 · In fours', prompt: 'Two pairs together: note the one idea that stands out for your group.' },
      all: { title: 'All · Together', prompt: 'Each group shares its idea that stands out. What do we see?' },
    },
  },
  'dot-voting': {
    name: 'Dot voting',
    summary:
      'List the options, then everyone places three dots on what matters most; the room sees the ranking at once.',
    boards: { options: { title: 'Options', prompt: 'Which options do we have?', columns: ['Options'] } },
    steps: {
      list: { title: 'List the options', prompt: 'Add every option worth considering, one per note.' },
      vote: { title: 'Place your dots', prompt: 'Three dots each: put them on the options that matter most to you.' },
      results: { title: 'Read the results', prompt: 'The options in order of dots. What do we take forward?' },
    },
  },
  'lean-coffee': {
    name: 'Lean Coffee',
    summary:
      'An agenda the participants make: they propose topics, vote for them, and discuss them in order in short timed rounds.',
    boards: {
      topics: {
        title: 'Topics',
        prompt: 'What would you like to talk about?',
        columns: ['To discuss', 'Discussing', 'Discussed'],
      },
    },
    steps: {
      propose: { title: 'Propose topics', prompt: 'One topic per note, in a few words.' },
      vote: { title: 'Vote for topics', prompt: 'Two dots each; both on one topic if you like.' },
      discuss: {
        title: 'Discuss in order',
        prompt: 'Most voted first, eight minutes each; when time is up, the room decides: go on, or next topic.',
      },
    },
  },
  'world-cafe': {
    name: 'World Café rounds',
    summary:
      'Small tables discuss one question in rounds; between rounds people move, a host stays and passes on what was said.',
    boards: {
      tables: {
        title: 'Café tables',
        prompt: 'What did your table discover?',
        columns: ['Table 1', 'Table 2', 'Table 3'],
      },
    },
    steps: {
      round1: {
        title: 'Round 1',
        prompt: 'At your table, discuss the question; note key ideas in your table’s column.',
      },
      round2: {
        title: 'Round 2',
        prompt: 'New table: the host sums up the last round, then build on it and add your ideas.',
      },
      round3: { title: 'Round 3', prompt: 'One more table: what connects the ideas you have heard?' },
      harvest: { title: 'Harvest', prompt: 'Each host shares the threads of their table. What do we see together?' },
    },
  },
  'start-stop-continue': {
    name: 'Start, Stop, Continue',
    summary: 'What should we start doing, stop doing, and continue? Written privately, revealed, then the room votes.',
    boards: {
      board: {
        title: 'Start, Stop, Continue',
        prompt: 'Looking back, what should change?',
        columns: ['Start', 'Stop', 'Continue'],
      },
    },
    steps: {
      write: { title: 'Write', prompt: 'On your own: what should we start, stop and continue doing?' },
      reveal: { title: 'Reveal and group', prompt: 'All the notes at once; group the ones that say the same thing.' },
      vote: { title: 'Vote', prompt: 'Three dots each: which changes matter most?' },
    },
  },
  swot: {
    name: 'SWOT',
    summary: 'Strengths and weaknesses inside, opportunities and threats outside, written privately and then shared.',
    boards: {
      swot: {
        title: 'SWOT',
        prompt: 'Where do we stand?',
        columns: ['Strengths', 'Weaknesses', 'Opportunities', 'Threats'],
      },
    },
    steps: {
      write: {
        title: 'Write the SWOT',
        prompt: 'On your own, in the four columns: strengths, weaknesses, opportunities, threats.',
      },
      reveal: { title: 'Reveal and discuss', prompt: 'Everything at once: what surprises you? What do we build on?' },
    },
  },
  'open-space': {
    name: 'Open Space marketplace',
    summary:
      'Anyone who cares about a topic offers a session in a time slot; the others show their interest; the marketplace becomes the agenda.',
    boards: {
      market: {
        title: 'Marketplace',
        prompt: 'What session will you host?',
        columns: ['First slot', 'Second slot', 'Third slot'],
      },
    },
    steps: {
      propose: { title: 'Offer sessions', prompt: 'Post the session you will host, in the time slot you want.' },
      interest: { title: 'Show interest', prompt: 'Three dots each on the sessions you want to join.' },
      agenda: {
        title: 'The agenda',
        prompt: 'The marketplace is the agenda: find your sessions. Go where you can contribute.',
      },
    },
  },
  expectations: {
    name: 'Expectations at the opening',
    summary: 'Each participant writes what they expect of the day; at the close the room reviews whether it was met.',
    boards: {
      expectations: { title: 'Expectations', prompt: 'What do you expect from today?', columns: ['Expectations'] },
    },
    steps: {
      write: { title: 'Our expectations', prompt: 'One expectation per note: what would make today worth it?' },
    },
  },
  'expectations-review': {
    name: 'Review of the expectations',
    summary: 'At the close, each expectation of the opening in turn: the room rates it met, partly or not met.',
    boards: {
      expectations: { title: 'Expectations', prompt: 'What do you expect from today?', columns: ['Expectations'] },
    },
    steps: {
      review: { title: 'Were our expectations met?', prompt: 'Each expectation in turn: met, partly or not met?' },
    },
  },
  'roles-matrix': {
    name: 'Roles matrix',
    summary:
      'Organisations against kinds of contribution: each proposes what it will do, the facilitator confirms, the action list follows.',
    boards: {
      roles: {
        title: 'Who does what',
        prompt: 'What will your organisation do?',
        columns: ['Lead', 'Contribute', 'Advise', 'Fund'],
      },
    },
    steps: {
      map: {
        title: 'Map the roles',
        prompt: 'Propose what your organisation will do, in the column that fits, with a contact and a date.',
      },
      confirm: {
        title: 'Confirm the commitments',
        prompt: 'Who does what, by when: the commitments as an action list.',
      },
    },
  },
  roti: {
    name: 'ROTI (return on time invested)',
    summary: 'A last check: everyone rates the return on the time they invested, from 1 to 5, with a word on why.',
    boards: {
      roti: {
        title: 'Return on time invested',
        prompt: 'Was this worth your time?',
        columns: ['1 · Wasted', '2', '3 · Fair', '4', '5 · Excellent'],
      },
    },
    steps: {
      rate: { title: 'Rate this session', prompt: 'One note in the column of your score, with a word on why.' },
    },
  },
};
