/** Messages of managing people: co-facilitators, removal, and what the people concerned see. */
import { defineMessages } from '../../i18n/define.ts';

export const peopleMessages = defineMessages(
  {
    'people.cofacilitator': 'Co-facilitator',
    'people.promote': 'Make co-facilitator',
    'people.promoteLabel': 'Make co-facilitator: {name}',
    'people.demote': 'Back to participant',
    'people.demoteLabel': 'Back to participant: {name}',
    'people.kick': 'Remove',
    'people.kickLabel': 'Remove {name} from the workshop',
    'people.kickConfirm': 'Remove {name} from the workshop? Their notes stay.',
    'people.kickYes': 'Yes, remove',
    'people.kickCancel': 'Cancel',
    'people.removed': 'You were removed from this workshop by the facilitator.',
    'people.rejoin': 'Join again with a new name',
    'people.openConsole': 'Open the facilitator console',
    'people.notFacilitator':
      'You are not a facilitator of this workshop. Ask the facilitator to make you a co-facilitator, or open the link they shared with you.',
    'people.toParticipant': 'Go to the participant screen',
  },
  {
    'people.cofacilitator': 'Co-animateur·rice',
    'people.promote': 'Nommer co-animateur·rice',
    'people.promoteLabel': 'Nommer co-animateur·rice : {name}',
    'people.demote': 'Redevenir participant·e',
    'people.demoteLabel': 'Redevenir participant·e : {name}',
    'people.kick': 'Retirer',
    'people.kickLabel': 'Retirer {name} de l’atelier',
    'people.kickConfirm': 'Retirer {name} de l’atelier ? Ses notes restent.',
    'people.kickYes': 'Oui, retirer',
    'people.kickCancel': 'Annuler',
    'people.removed': 'L’animateur·rice vous a retiré·e de cet atelier.',
    'people.rejoin': 'Rejoindre à nouveau avec un nouveau nom',
    'people.openConsole': 'Ouvrir la console d’animation',
    'people.notFacilitator':
      'Vous n’animez pas cet atelier. Demandez à l’animateur·rice de vous nommer co-animateur·rice, ou ouvrez le lien qu’il ou elle vous a donné.',
    'people.toParticipant': 'Aller à l’écran participant·e',
  },
  {
    'people.cofacilitator': 'Cofacilitador/a',
    'people.promote': 'Nombrar cofacilitador/a',
    'people.promoteLabel': 'Nombrar cofacilitador/a: {name}',
    'people.demote': 'Volver a participante',
    'people.demoteLabel': 'Volver a participante: {name}',
    'people.kick': 'Retirar',
    'people.kickLabel': 'Retirar a {name} del taller',
    'people.kickConfirm': '¿Retirar a {name} del taller? Sus notas se quedan.',
    'people.kickYes': 'Sí, retirar',
    'people.kickCancel': 'Cancelar',
    'people.removed': 'La persona facilitadora le retiró de este taller.',
    'people.rejoin': 'Volver a unirse con un nombre nuevo',
    'people.openConsole': 'Abrir la consola de facilitación',
    'people.notFacilitator':
      'No facilita este taller. Pida a la persona facilitadora que le nombre cofacilitador/a, o abra el enlace que le compartió.',
    'people.toParticipant': 'Ir a la pantalla de participante',
  },
);
