/** Messages of the agenda feature. */
import { defineMessages } from '../../i18n/define.ts';

export const agendaMessages = defineMessages(
  {
    'agenda.title': 'Agenda',
    'agenda.now': 'Now',
    'agenda.notStarted': 'The workshop has not started yet.',
    'agenda.venueTime': '{time} at the venue',
  },
  {
    'agenda.title': 'Programme',
    'agenda.now': 'En cours',
    'agenda.notStarted': "L'atelier n'a pas encore commencé.",
    'agenda.venueTime': '{time} sur place',
  },
  {
    'agenda.title': 'Programa',
    'agenda.now': 'Ahora',
    'agenda.notStarted': 'El taller aún no ha comenzado.',
    'agenda.venueTime': '{time} en la sede',
  },
);
