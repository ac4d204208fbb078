/** Messages of reactions on the spotlighted note and the live step. */
import { defineMessages } from '../../i18n/define.ts';

export const reactionsMessages = defineMessages(
  {
    'reactions.onNote': 'React to the note in the spotlight',
    'reactions.onStep': 'React to this step',
    'reactions.counts': 'Reactions',
    'reaction.agree': 'Agree',
    'reaction.disagree': 'Disagree',
    'reaction.plus': '+1',
    'reaction.question': 'Question',
    'reaction.applause': 'Applause',
  },
  {
    'reactions.onNote': 'Réagir à la note mise en avant',
    'reactions.onStep': 'Réagir à cette étape',
    'reactions.counts': 'Réactions',
    'reaction.agree': 'D’accord',
    'reaction.disagree': 'Pas d’accord',
    'reaction.plus': '+1',
    'reaction.question': 'Question',
    'reaction.applause': 'Applaudissements',
  },
  {
    'reactions.onNote': 'Reaccionar a la nota destacada',
    'reactions.onStep': 'Reaccionar a este paso',
    'reactions.counts': 'Reacciones',
    'reaction.agree': 'De acuerdo',
    'reaction.disagree': 'En desacuerdo',
    'reaction.plus': '+1',
    'reaction.question': 'Pregunta',
    'reaction.applause': 'Aplausos',
  },
  {
    'reactions.onNote': 'Reagir à nota em destaque',
    'reactions.onStep': 'Reagir a este passo',
    'reactions.counts': 'Reações',
    'reaction.agree': 'Concordo',
    'reaction.disagree': 'Discordo',
    'reaction.plus': '+1',
    'reaction.question': 'Pergunta',
    'reaction.applause': 'Aplausos',
  },
);
