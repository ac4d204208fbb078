/** Messages of deleting: the whole workshop (facilitator), or oneself (participant). */
import { defineMessages } from '../../i18n/define.ts';

export const deletionMessages = defineMessages(
  {
    'deletion.workshop': 'Delete this workshop',
    'deletion.workshopWhat':
      'Deletes every note, name, organisation, contact and vote of this workshop from the server, for good. Download the report first if you need it.',
    'deletion.typeCode': 'Type the join code {code} to confirm',
    'deletion.workshopYes': 'Delete the workshop for good',
    'deletion.failed': 'The workshop could not be deleted ({status}).',
    'deletion.noKey': 'Only the facilitator key can delete the workshop, and it is not on this device.',
    'deletion.me': 'Remove me from this workshop',
    'deletion.meWhat':
      'Your name and organisation are deleted from the server. This device can no longer write as you.',
    'deletion.keepNotes': 'Keep my notes and questions, without my name',
    'deletion.deleteNotes': 'Delete my notes and questions too',
    'deletion.meYes': 'Remove me',
    'deletion.left': 'You have left the workshop: your name and organisation are deleted.',
  },
  {
    'deletion.workshop': 'Supprimer cet atelier',
    'deletion.workshopWhat':
      'Supprime du serveur, définitivement, toutes les notes, noms, organisations, contacts et votes de cet atelier. Téléchargez d’abord le compte rendu si vous en avez besoin.',
    'deletion.typeCode': 'Tapez le code {code} pour confirmer',
    'deletion.workshopYes': 'Supprimer l’atelier définitivement',
    'deletion.failed': 'L’atelier n’a pas pu être supprimé ({status}).',
    'deletion.noKey': 'Seule la clé d’animation peut supprimer l’atelier, et elle n’est pas sur cet appareil.',
    'deletion.me': 'Me retirer de cet atelier',
    'deletion.meWhat':
      'Votre nom et votre organisation sont supprimés du serveur. Cet appareil ne peut plus écrire en votre nom.',
    'deletion.keepNotes': 'Garder mes notes et questions, sans mon nom',
    'deletion.deleteNotes': 'Supprimer aussi mes notes et questions',
    'deletion.meYes': 'Me retirer',
    'deletion.left': 'Vous avez quitté l’atelier : votre nom et votre organisation sont supprimés.',
  },
  {
    'deletion.workshop': 'Eliminar este taller',
    'deletion.workshopWhat':
      'Elimina del servidor, para siempre, todas las notas, nombres, organizaciones, contactos y votos de este taller. Descargue antes el informe si lo necesita.',
    'deletion.typeCode': 'Escriba el código {code} para confirmar',
    'deletion.workshopYes': 'Eliminar el taller para siempre',
    'deletion.failed': 'No se pudo eliminar el taller ({status}).',
    'deletion.noKey': 'Solo la clave de facilitación puede eliminar el taller, y no está en este dispositivo.',
    'deletion.me': 'Retirarme de este taller',
    'deletion.meWhat':
      'Su nombre y su organización se eliminan del servidor. Este dispositivo ya no puede escribir en su nombre.',
    'deletion.keepNotes': 'Conservar mis notas y preguntas, sin mi nombre',
    'deletion.deleteNotes': 'Eliminar también mis notas y preguntas',
    'deletion.meYes': 'Retirarme',
    'deletion.left': 'Ha salido del taller: su nombre y su organización están eliminados.',
  },
  {
    'deletion.workshop': 'Eliminar esta oficina',
    'deletion.workshopWhat':
      'Elimina do servidor, de forma definitiva, todas as notas, nomes, organizações, contactos e votos desta oficina. Descarregue primeiro o relatório, se precisar dele.',
    'deletion.typeCode': 'Escreva o código de entrada {code} para confirmar',
    'deletion.workshopYes': 'Eliminar a oficina definitivamente',
    'deletion.failed': 'Não foi possível eliminar a oficina ({status}).',
    'deletion.noKey': 'Só a chave de facilitação pode eliminar a oficina, e ela não está neste dispositivo.',
    'deletion.me': 'Retirar-me desta oficina',
    'deletion.meWhat':
      'O seu nome e a sua organização são eliminados do servidor. Este dispositivo deixa de poder escrever em seu nome.',
    'deletion.keepNotes': 'Manter as minhas notas e perguntas, sem o meu nome',
    'deletion.deleteNotes': 'Eliminar também as minhas notas e perguntas',
    'deletion.meYes': 'Retirar-me',
    'deletion.left': 'Saiu da oficina: o seu nome e a sua organização foram eliminados.',
  },
);
