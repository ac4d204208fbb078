/** Messages of "I'm done" and the live step's progress. */
import { defineMessages } from '../../i18n/define.ts';

export const progressMessages = defineMessages(
  {
    'done.button': 'I’m done',
    'done.undo': 'Not done yet',
    'done.ticked': 'Marked done: the facilitator sees one more finished.',
    'progress.label': 'Progress in this step',
    'progress.done': '{count} of {of} done',
    'progress.voted': '{count} of {of} have voted',
    'progress.votedOn': '{board}: {count} of {of} have voted',
    'progress.ratings': '{count} ratings',
    'progress.ratings.one': '{count} rating',
  },
  {
    'done.button': 'J’ai terminé',
    'done.undo': 'Pas encore terminé',
    'done.ticked': 'Marqué terminé : l’animation voit une personne de plus qui a fini.',
    'progress.label': 'Avancement de cette étape',
    'progress.done': '{count} sur {of} ont terminé',
    'progress.voted': '{count} sur {of} ont voté',
    'progress.votedOn': '{board} : {count} sur {of} ont voté',
    'progress.ratings': '{count} évaluations',
    'progress.ratings.one': '{count} évaluation',
  },
  {
    'done.button': 'He terminado',
    'done.undo': 'Aún no he terminado',
    'done.ticked': 'Marcado como terminado: la facilitación ve una persona más que ha acabado.',
    'progress.label': 'Avance de este paso',
    'progress.done': '{count} de {of} han terminado',
    'progress.voted': '{count} de {of} han votado',
    'progress.votedOn': '{board}: {count} de {of} han votado',
    'progress.ratings': '{count} valoraciones',
    'progress.ratings.one': '{count} valoración',
  },
  {
    'done.button': 'Terminei',
    'done.undo': 'Ainda não terminei',
    'done.ticked': 'Marcado como terminado: a facilitação vê mais uma pessoa pronta.',
    'progress.label': 'Progresso neste passo',
    'progress.done': '{count} de {of} terminaram',
    'progress.voted': '{count} de {of} votaram',
    'progress.votedOn': '{board}: {count} de {of} votaram',
    'progress.ratings': '{count} avaliações',
    'progress.ratings.one': '{count} avaliação',
  },
);
