/** Messages of the follow screen's own panels: the meeting in a compact text form, and low-data mode. */
import { defineMessages } from '../../i18n/define.ts';

export const followMessages = defineMessages(
  {
    'follow.points': 'Discussion points',
    'follow.lowData': 'Low data: counts and the spotlight only',
    'follow.lowDataOn': 'Note text is not downloaded on this device.',
    'follow.notes': 'Notes on this board: {count}',
    'follow.notesOff': 'Note text is off in low-data mode.',
    'follow.ask': 'Ask or upvote a question',
    'follow.commitments': '{count} commitments',
    'follow.commitments.one': '{count} commitment',
    'follow.followUp': 'follow-up {date}',
  },
  {
    'follow.points': 'Points de discussion',
    'follow.lowData': 'Économie de données : nombres et projecteur seulement',
    'follow.lowDataOn': 'Le texte des notes n’est pas téléchargé sur cet appareil.',
    'follow.notes': 'Notes sur ce tableau : {count}',
    'follow.notesOff': 'Le texte des notes est désactivé en économie de données.',
    'follow.ask': 'Poser ou soutenir une question',
    'follow.commitments': '{count} engagements',
    'follow.commitments.one': '{count} engagement',
    'follow.followUp': 'suivi le {date}',
  },
  {
    'follow.points': 'Puntos de discusión',
    'follow.lowData': 'Ahorro de datos: solo recuentos y lo destacado',
    'follow.lowDataOn': 'El texto de las notas no se descarga en este dispositivo.',
    'follow.notes': 'Notas en este tablero: {count}',
    'follow.notesOff': 'El texto de las notas está desactivado en el ahorro de datos.',
    'follow.ask': 'Hacer o apoyar una pregunta',
    'follow.commitments': '{count} compromisos',
    'follow.commitments.one': '{count} compromiso',
    'follow.followUp': 'seguimiento el {date}',
  },
  {
    'follow.points': 'Pontos de debate',
    'follow.lowData': 'Poucos dados: só contagens e o destaque',
    'follow.lowDataOn': 'O texto das notas não é descarregado neste dispositivo.',
    'follow.notes': 'Notas neste quadro: {count}',
    'follow.notesOff': 'O texto das notas está desligado no modo de poucos dados.',
    'follow.ask': 'Fazer ou apoiar uma pergunta',
    'follow.commitments': '{count} compromissos',
    'follow.commitments.one': '{count} compromisso',
    'follow.followUp': 'seguimento a {date}',
  },
);
