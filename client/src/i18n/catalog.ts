/** All message catalogs, merged per language. Each feature contributes its own messages module; a key belongs to one. */
import { agendaMessages } from '../features/agenda/messages.ts';
import { deletionMessages } from '../features/deletion/messages.ts';
import { keysMessages } from '../features/keys/messages.ts';
import { boardMessages } from '../features/board/messages.ts';
import { breakoutViewMessages } from '../features/breakout-screens/messages.ts';
import { breakoutMessages } from '../features/breakouts/messages.ts';
import { importReasonMessages } from '../features/design/import-reasons.ts';
import { designMessages } from '../features/design/messages.ts';
import { expectationsMessages } from '../features/expectations/messages.ts';
import { followMessages } from '../features/follow/messages.ts';
import { handsMessages } from '../features/hands/messages.ts';
import { progressMessages } from '../features/progress/messages.ts';
import { reactionsMessages } from '../features/reactions/messages.ts';
import { pagingMessages } from '../features/paging/messages.ts';
import { peopleMessages } from '../features/people/messages.ts';
import { questionsMessages } from '../features/questions/messages.ts';
import { reportMessages } from '../features/report/messages.ts';
import { rolesMessages } from '../features/roles/messages.ts';
import { timerMessages } from '../features/timer/messages.ts';
import { votesMessages } from '../features/votes/messages.ts';
import type { Locale } from '../stores/locale.ts';
import { coreMessages } from './core.ts';
import { uiMessages } from '../ui/messages.ts';
import { errorMessages } from './errors.ts';

export const catalogParts = [
  coreMessages,
  uiMessages,
  errorMessages,
  agendaMessages,
  timerMessages,
  rolesMessages,
  expectationsMessages,
  questionsMessages,
  reportMessages,
  boardMessages,
  votesMessages,
  peopleMessages,
  followMessages,
  pagingMessages,
  designMessages,
  handsMessages,
  progressMessages,
  importReasonMessages,
  reactionsMessages,
  deletionMessages,
  keysMessages,
  breakoutViewMessages,
  breakoutMessages,
] as const;

type KeysOf<P> = P extends { en: Record<infer K, string> } ? K : never;
export type MessageKey = KeysOf<(typeof catalogParts)[number]>;

export const catalogs = Object.fromEntries(
  (['en', 'fr', 'es', 'pt'] as const).map((locale) => [
    locale,
    Object.assign({}, ...catalogParts.map((p) => p[locale])),
  ]),
) as Record<Locale, Record<MessageKey, string>>;
