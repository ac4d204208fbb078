/** Messages of replacing the facilitator key. */
import { defineMessages } from '../../i18n/define.ts';

export const keysMessages = defineMessages(
  {
    'keys.rotate': 'Replace the facilitator key',
    'keys.rotateWhat':
      'Every facilitator link shared until now stops working at once, and consoles opened with it are closed. Participants, the room screen and followers are not affected.',
    'keys.rotateYes': 'Replace the key now',
    'keys.newLink': 'The new facilitator link (keep it private):',
    'keys.staysOpen': 'This console stays open: it now uses the new key.',
    'keys.failed': 'The key could not be replaced ({status}).',
    'keys.noKey': 'Only the facilitator key can replace itself, and it is not on this device.',
  },
  {
    'keys.rotate': 'Remplacer la clé d’animation',
    'keys.rotateWhat':
      'Tous les liens d’animation partagés jusqu’ici cessent aussitôt de fonctionner, et les consoles ouvertes avec eux sont fermées. Les participants, l’écran de salle et les personnes qui suivent à distance ne sont pas touchés.',
    'keys.rotateYes': 'Remplacer la clé maintenant',
    'keys.newLink': 'Le nouveau lien d’animation (à garder privé) :',
    'keys.staysOpen': 'Cette console reste ouverte : elle utilise désormais la nouvelle clé.',
    'keys.failed': 'La clé n’a pas pu être remplacée ({status}).',
    'keys.noKey': 'Seule la clé d’animation peut se remplacer, et elle n’est pas sur cet appareil.',
  },
  {
    'keys.rotate': 'Sustituir la clave de facilitación',
    'keys.rotateWhat':
      'Todos los enlaces de facilitación compartidos hasta ahora dejan de funcionar al instante, y las consolas abiertas con ellos se cierran. Los participantes, la pantalla de sala y quienes siguen a distancia no se ven afectados.',
    'keys.rotateYes': 'Sustituir la clave ahora',
    'keys.newLink': 'El nuevo enlace de facilitación (manténgalo privado):',
    'keys.staysOpen': 'Esta consola sigue abierta: ahora usa la nueva clave.',
    'keys.failed': 'No se pudo sustituir la clave ({status}).',
    'keys.noKey': 'Solo la clave de facilitación puede sustituirse, y no está en este dispositivo.',
  },
  {
    'keys.rotate': 'Substituir a chave de facilitação',
    'keys.rotateWhat':
      'Todas as ligações de facilitação partilhadas até agora deixam de funcionar de imediato, e as consolas abertas com elas são fechadas. Os participantes, o ecrã da sala e quem acompanha à distância não são afetados.',
    'keys.rotateYes': 'Substituir a chave agora',
    'keys.newLink': 'A nova ligação de facilitação (mantenha-a privada):',
    'keys.staysOpen': 'Esta consola continua aberta: passa a usar a nova chave.',
    'keys.failed': 'Não foi possível substituir a chave ({status}).',
    'keys.noKey': 'Só a chave de facilitação se pode substituir a si própria, e ela não está neste dispositivo.',
  },
);
