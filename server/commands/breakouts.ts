/**
 * Breakout handlers: the facilitator starts, steers, reports back and merges; members volunteer
 * as rapporteur and the rapporteur groups and picks the points; participants say their table
 * and +1 other groups' points.
 */
import type { BREAKOUT_COMMANDS } from '../../shared/commands/breakouts.ts';
import { mergeBreakout } from '../domain/breakout-merge.ts';
import { clusterGroupNotes, moveGroupNotes, pickTopPoints, plusOne, reportBack } from '../domain/breakout-report.ts';
import { assignBreakout, messageGroups, setRapporteur, sitAtTable, startBreakout } from '../domain/breakouts.ts';
import { byCommandId, byCreatedId, handle, type Handlers } from './handler.ts';

const run = { action: 'breakout.run', by: 'staff' } as const;
const rapporteur = { action: 'breakout.rapporteur', by: 'member' } as const;
const takePart = { action: 'breakout.join', by: 'participant' } as const;

export const BREAKOUT_HANDLERS: Handlers<keyof typeof BREAKOUT_COMMANDS> = {
  'breakout:start': handle({ ...run, commandId: byCreatedId, decide: (s, _, i, now) => startBreakout(s, i, now) }),
  'breakout:assign': handle({ ...run, commandId: byCommandId, decide: (s, _, i) => assignBreakout(s, i) }),
  'breakout:table': handle({ ...takePart, commandId: byCommandId, decide: (s, who, i) => sitAtTable(s, who, i.table) }),
  'breakout:rapporteur': handle({
    ...rapporteur,
    commandId: byCommandId,
    decide: (s, who, i) => setRapporteur(s, who, i),
  }),
  'breakout:message': handle({
    ...run,
    commandId: byCommandId,
    decide: (s, _, i, now) => messageGroups(s, i.text, now),
  }),
  'breakout:top': handle({ ...rapporteur, commandId: byCommandId, decide: (s, who, i) => pickTopPoints(s, who, i) }),
  'breakout:cluster': handle({
    ...rapporteur,
    commandId: byCreatedId,
    decide: (s, who, i) => clusterGroupNotes(s, who, i),
  }),
  'breakout:move': handle({
    ...rapporteur,
    commandId: byCommandId,
    decide: (s, who, i, now) => moveGroupNotes(s, who, i, now),
  }),
  'breakout:report': handle({ ...run, commandId: byCommandId, decide: (s, _, i) => reportBack(s, i.index) }),
  'breakout:plus': handle({
    ...takePart,
    commandId: byCommandId,
    decide: (s, who, i) => plusOne(s, who.participant.id, i.noteId),
  }),
  'breakout:merge': handle({
    ...run,
    commandId: byCommandId,
    decide: (s, _, i, now) => mergeBreakout(s, i.combine, now),
  }),
};
