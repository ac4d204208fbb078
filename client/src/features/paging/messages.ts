/** Messages of the room screen: its pages, breaks, and the day's start and end. */
import { defineMessages } from '../../i18n/define.ts';

export const pagingMessages = defineMessages(
  {
    'paging.page': 'Page {n} of {total}',
    'paging.continued': '(continued)',
    'projector.backAt': 'Back at {time}',
    'projector.welcome': 'Welcome: scan the code to join',
    'projector.endedAt': 'Ended at {time}',
    'projector.thanks': 'Thank you for taking part.',
  },
  {
    'paging.page': 'Page {n} sur {total}',
    'paging.continued': '(suite)',
    'projector.backAt': 'Reprise à {time}',
    'projector.welcome': 'Bienvenue : scannez le code pour participer',
    'projector.endedAt': 'Terminé à {time}',
    'projector.thanks': 'Merci de votre participation.',
  },
  {
    'paging.page': 'Página {n} de {total}',
    'paging.continued': '(continuación)',
    'projector.backAt': 'Volvemos a las {time}',
    'projector.welcome': 'Bienvenida: escanee el código para participar',
    'projector.endedAt': 'Terminó a las {time}',
    'projector.thanks': 'Gracias por su participación.',
  },
  {
    'paging.page': 'Página {n} de {total}',
    'paging.continued': '(continuação)',
    'projector.backAt': 'Regresso às {time}',
    'projector.welcome': 'Bem-vindos: leia o código para entrar',
    'projector.endedAt': 'Terminou às {time}',
    'projector.thanks': 'Obrigado pela sua participação.',
  },
);
