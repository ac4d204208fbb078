/** La bibliothèque de méthodes en français. */
import type { MethodTexts } from './text.ts';

export const methodsFr: MethodTexts = {
  'silent-writing': {
    name: 'Écriture silencieuse et dévoilement',
    summary:
      'Chacun écrit d’abord seul, sans voir les autres, pour que la première voix ne donne pas le ton ; puis toutes les notes apparaissent d’un coup.',
    boards: {
      ideas: { title: 'Idées', prompt: 'Qu’est-ce qui vous vient à l’esprit ? Une idée par note.', columns: ['Idées'] },
    },
    steps: {
      write: {
        title: 'Écriture silencieuse',
        prompt: 'Écrivez seul, une idée par note. Personne ne voit vos notes avant le dévoilement.',
      },
      reveal: {
        title: 'Dévoiler et lire',
        prompt: 'Toutes les notes d’un coup : lisez-les, demandez ce qui n’est pas clair, repérez les tendances.',
      },
    },
  },
  'one-two-four-all': {
    name: '1-2-4-Tous',
    summary:
      'Une question explorée seul, puis à deux, puis à quatre, puis tous ensemble : chaque voix compte et les meilleures idées émergent.',
    boards: { ideas: { title: 'Idées', prompt: 'Que pourrions-nous faire ?', columns: ['Idées'] } },
    steps: {
      one: { title: '1 · Seul', prompt: 'Une minute en silence : notez vos propres idées.' },
      two: {
        title: '2 · À deux',
        prompt: 'Partagez avec votre voisin, rebondissez, gardez les idées qui vous plaisent à tous les deux.',
      },
      four: { title: '4 · À quatre', prompt: 'Deux binômes ensemble : notez l’idée qui ressort pour votre groupe.' },
      all: { title: 'Tous · Ensemble', prompt: 'Chaque groupe partage l’idée qui ressort. Que voyons-nous ?' },
    },
  },
  'dot-voting': {
    name: 'Vote par gommettes',
    summary:
      'On liste les options, puis chacun place trois gommettes sur ce qui compte le plus ; la salle voit aussitôt le classement.',
    boards: { options: { title: 'Options', prompt: 'Quelles options avons-nous ?', columns: ['Options'] } },
    steps: {
      list: { title: 'Lister les options', prompt: 'Ajoutez chaque option à considérer, une par note.' },
      vote: {
        title: 'Placer vos gommettes',
        prompt: 'Trois gommettes chacun : placez-les sur les options qui comptent le plus pour vous.',
      },
      results: { title: 'Lire les résultats', prompt: 'Les options par nombre de gommettes. Que retenons-nous ?' },
    },
  },
  'lean-coffee': {
    name: 'Lean Coffee',
    summary:
      'Un ordre du jour fait par les participants : ils proposent des sujets, votent, puis en discutent dans l’ordre en tours courts et minutés.',
    boards: {
      topics: {
        title: 'Sujets',
        prompt: 'De quoi aimeriez-vous parler ?',
        columns: ['À discuter', 'En discussion', 'Discuté'],
      },
    },
    steps: {
      propose: { title: 'Proposer des sujets', prompt: 'Un sujet par note, en quelques mots.' },
      vote: {
        title: 'Voter pour les sujets',
        prompt: 'Deux gommettes chacun ; les deux sur un même sujet si vous voulez.',
      },
      discuss: {
        title: 'Discuter dans l’ordre',
        prompt:
          'Le plus voté d’abord, huit minutes chacun ; à la fin du temps, la salle décide : on continue, ou sujet suivant.',
      },
    },
  },
  'world-cafe': {
    name: 'Tours de World Café',
    summary:
      'De petites tables discutent une question en plusieurs tours ; entre les tours on change de table, un hôte reste et transmet ce qui a été dit.',
    boards: {
      tables: {
        title: 'Tables du café',
        prompt: 'Qu’a découvert votre table ?',
        columns: ['Table 1', 'Table 2', 'Table 3'],
      },
    },
    steps: {
      round1: {
        title: 'Tour 1',
        prompt: 'À votre table, discutez la question ; notez les idées clés dans la colonne de votre table.',
      },
      round2: {
        title: 'Tour 2',
        prompt: 'Nouvelle table : l’hôte résume le tour précédent, puis prolongez et ajoutez vos idées.',
      },
      round3: { title: 'Tour 3', prompt: 'Encore une table : qu’est-ce qui relie les idées entendues ?' },
      harvest: {
        title: 'Récolte',
        prompt: 'Chaque hôte partage les fils de sa table. Que voyons-nous ensemble ?',
      },
    },
  },
  'start-stop-continue': {
    name: 'Commencer, Arrêter, Continuer',
    summary: 'Que devrions-nous commencer, arrêter, continuer ? Écrit en privé, dévoilé, puis la salle vote.',
    boards: {
      board: {
        title: 'Commencer, Arrêter, Continuer',
        prompt: 'Avec le recul, que faut-il changer ?',
        columns: ['Commencer', 'Arrêter', 'Continuer'],
      },
    },
    steps: {
      write: { title: 'Écrire', prompt: 'Seul : que devrions-nous commencer, arrêter et continuer à faire ?' },
      reveal: {
        title: 'Dévoiler et regrouper',
        prompt: 'Toutes les notes d’un coup ; regroupez celles qui disent la même chose.',
      },
      vote: { title: 'Voter', prompt: 'Trois gommettes chacun : quels changements comptent le plus ?' },
    },
  },
  swot: {
    name: 'SWOT (FFOM)',
    summary: 'Forces et faiblesses en interne, opportunités et menaces à l’extérieur, écrites en privé puis partagées.',
    boards: {
      swot: {
        title: 'SWOT',
        prompt: 'Où en sommes-nous ?',
        columns: ['Forces', 'Faiblesses', 'Opportunités', 'Menaces'],
      },
    },
    steps: {
      write: {
        title: 'Écrire le SWOT',
        prompt: 'Seul, dans les quatre colonnes : forces, faiblesses, opportunités, menaces.',
      },
      reveal: {
        title: 'Dévoiler et discuter',
        prompt: 'Tout d’un coup : qu’est-ce qui vous surprend ? Sur quoi construire ?',
      },
    },
  },
  'open-space': {
    name: 'Place du marché (Forum ouvert)',
    summary:
      'Quiconque tient à un sujet propose une session dans un créneau ; les autres marquent leur intérêt ; la place du marché devient le programme.',
    boards: {
      market: {
        title: 'Place du marché',
        prompt: 'Quelle session animerez-vous ?',
        columns: ['Premier créneau', 'Deuxième créneau', 'Troisième créneau'],
      },
    },
    steps: {
      propose: {
        title: 'Proposer des sessions',
        prompt: 'Affichez la session que vous animerez, dans le créneau voulu.',
      },
      interest: {
        title: 'Marquer son intérêt',
        prompt: 'Trois gommettes chacun sur les sessions que vous voulez rejoindre.',
      },
      agenda: {
        title: 'Le programme',
        prompt: 'La place du marché est le programme : trouvez vos sessions. Allez là où vous pouvez contribuer.',
      },
    },
  },
  expectations: {
    name: 'Attentes à l’ouverture',
    summary:
      'Chaque participant écrit ce qu’il attend de la journée ; à la clôture, la salle vérifie si c’est atteint.',
    boards: {
      expectations: { title: 'Attentes', prompt: 'Qu’attendez-vous de cette journée ?', columns: ['Attentes'] },
    },
    steps: {
      write: {
        title: 'Nos attentes',
        prompt: 'Une attente par note : qu’est-ce qui rendrait cette journée utile ?',
      },
    },
  },
  'expectations-review': {
    name: 'Bilan des attentes',
    summary:
      'À la clôture, chaque attente de l’ouverture tour à tour : la salle la juge atteinte, en partie ou non atteinte.',
    boards: {
      expectations: { title: 'Attentes', prompt: 'Qu’attendez-vous de cette journée ?', columns: ['Attentes'] },
    },
    steps: {
      review: {
        title: 'Nos attentes sont-elles atteintes ?',
        prompt: 'Chaque attente tour à tour : atteinte, en partie ou non atteinte ?',
      },
    },
  },
  'roles-matrix': {
    name: 'Matrice des rôles',
    summary:
      'Les organisations face aux types de contribution : chacune propose ce qu’elle fera, l’animateur confirme, la liste d’actions suit.',
    boards: {
      roles: {
        title: 'Qui fait quoi',
        prompt: 'Que fera votre organisation ?',
        columns: ['Piloter', 'Contribuer', 'Conseiller', 'Financer'],
      },
    },
    steps: {
      map: {
        title: 'Répartir les rôles',
        prompt: 'Proposez ce que fera votre organisation, dans la colonne qui convient, avec un contact et une date.',
      },
      confirm: {
        title: 'Confirmer les engagements',
        prompt: 'Qui fait quoi, pour quand : les engagements en liste d’actions.',
      },
    },
  },
  roti: {
    name: 'ROTI (retour sur le temps investi)',
    summary: 'Un dernier point : chacun note le retour sur le temps investi, de 1 à 5, avec un mot pour dire pourquoi.',
    boards: {
      roti: {
        title: 'Retour sur le temps investi',
        prompt: 'Cela valait-il votre temps ?',
        columns: ['1 · Perdu', '2', '3 · Correct', '4', '5 · Excellent'],
      },
    },
    steps: {
      rate: {
        title: 'Noter cette session',
        prompt: 'Une note dans la colonne de votre score, avec un mot pour dire pourquoi.',
      },
    },
  },
};
