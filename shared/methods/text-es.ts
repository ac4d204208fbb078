/** La biblioteca de métodos en español. */
import type { MethodTexts } from './text.ts';

export const methodsEs: MethodTexts = {
  'silent-writing': {
    name: 'Escritura en silencio y revelación',
    summary:
      'Cada persona escribe primero a solas, sin ver a las demás, para que la primera voz no marque el tono; luego todas las notas aparecen a la vez.',
    boards: { ideas: { title: 'Ideas', prompt: '¿Qué se le ocurre? Una idea por nota.', columns: ['Ideas'] } },
    steps: {
      write: {
        title: 'Escritura en silencio',
        prompt: 'Escriba a solas, una idea por nota. Nadie ve sus notas hasta que se revelan.',
      },
      reveal: {
        title: 'Revelar y leer',
        prompt: 'Todas las notas a la vez: léalas, pregunte lo que no esté claro, busque patrones.',
      },
    },
  },
  'one-two-four-all': {
    name: '1-2-4-Todos',
    summary:
      'Una pregunta explorada a solas, luego en parejas, luego de a cuatro y luego entre todos: se oyen todas las voces y surgen las ideas más fuertes.',
    boards: { ideas: { title: 'Ideas', prompt: '¿Qué podríamos hacer?', columns: ['Ideas'] } },
    steps: {
      one: { title: '1 · A solas', prompt: 'Un minuto en silencio: anote sus propias ideas.' },
      two: {
        title: '2 · En parejas',
        prompt: 'Comparta con quien tenga al lado, construyan juntos, quédense con las ideas que gusten a ambos.',
      },
      four: { title: '4 · De a cuatro', prompt: 'Dos parejas juntas: anoten la idea que más destaca para el grupo.' },
      all: { title: 'Todos · Juntos', prompt: 'Cada grupo comparte su idea destacada. ¿Qué vemos?' },
    },
  },
  'dot-voting': {
    name: 'Votación con puntos',
    summary:
      'Se listan las opciones y cada persona pone tres puntos en lo que más importa; la sala ve el orden enseguida.',
    boards: { options: { title: 'Opciones', prompt: '¿Qué opciones tenemos?', columns: ['Opciones'] } },
    steps: {
      list: { title: 'Listar las opciones', prompt: 'Añada cada opción que valga la pena, una por nota.' },
      vote: {
        title: 'Ponga sus puntos',
        prompt: 'Tres puntos cada persona: póngalos en las opciones que más le importan.',
      },
      results: { title: 'Leer los resultados', prompt: 'Las opciones por número de puntos. ¿Con qué seguimos?' },
    },
  },
  'lean-coffee': {
    name: 'Lean Coffee',
    summary:
      'Un orden del día hecho por los participantes: proponen temas, votan y los discuten por orden en rondas cortas y cronometradas.',
    boards: {
      topics: {
        title: 'Temas',
        prompt: '¿De qué le gustaría hablar?',
        columns: ['Por discutir', 'En discusión', 'Discutido'],
      },
    },
    steps: {
      propose: { title: 'Proponer temas', prompt: 'Un tema por nota, en pocas palabras.' },
      vote: { title: 'Votar los temas', prompt: 'Dos puntos cada persona; los dos en un mismo tema si quiere.' },
      discuss: {
        title: 'Discutir por orden',
        prompt:
          'El más votado primero, ocho minutos cada uno; al acabar el tiempo, la sala decide: seguimos o pasamos al siguiente.',
      },
    },
  },
  'world-cafe': {
    name: 'Rondas de World Café',
    summary:
      'Mesas pequeñas discuten una pregunta en rondas; entre rondas la gente cambia de mesa, una persona anfitriona se queda y transmite lo dicho.',
    boards: {
      tables: {
        title: 'Mesas del café',
        prompt: '¿Qué descubrió su mesa?',
        columns: ['Mesa 1', 'Mesa 2', 'Mesa 3'],
      },
    },
    steps: {
      round1: {
        title: 'Ronda 1',
        prompt: 'En su mesa, discutan la pregunta; anoten las ideas clave en la columna de su mesa.',
      },
      round2: {
        title: 'Ronda 2',
        prompt: 'Nueva mesa: la persona anfitriona resume la ronda anterior; sigan a partir de ahí y añadan sus ideas.',
      },
      round3: { title: 'Ronda 3', prompt: 'Una mesa más: ¿qué une las ideas que ha escuchado?' },
      harvest: {
        title: 'Cosecha',
        prompt: 'Cada anfitrión comparte los hilos de su mesa. ¿Qué vemos entre todos?',
      },
    },
  },
  'start-stop-continue': {
    name: 'Empezar, Dejar, Continuar',
    summary:
      '¿Qué deberíamos empezar a hacer, dejar de hacer y seguir haciendo? Se escribe en privado, se revela y la sala vota.',
    boards: {
      board: {
        title: 'Empezar, Dejar, Continuar',
        prompt: 'Mirando atrás, ¿qué debería cambiar?',
        columns: ['Empezar', 'Dejar', 'Continuar'],
      },
    },
    steps: {
      write: { title: 'Escribir', prompt: 'A solas: ¿qué deberíamos empezar, dejar y seguir haciendo?' },
      reveal: {
        title: 'Revelar y agrupar',
        prompt: 'Todas las notas a la vez; agrupe las que dicen lo mismo.',
      },
      vote: { title: 'Votar', prompt: 'Tres puntos cada persona: ¿qué cambios importan más?' },
    },
  },
  swot: {
    name: 'FODA (SWOT)',
    summary:
      'Fortalezas y debilidades por dentro, oportunidades y amenazas por fuera, escritas en privado y luego compartidas.',
    boards: {
      swot: {
        title: 'FODA',
        prompt: '¿Dónde estamos?',
        columns: ['Fortalezas', 'Debilidades', 'Oportunidades', 'Amenazas'],
      },
    },
    steps: {
      write: {
        title: 'Escribir el FODA',
        prompt: 'A solas, en las cuatro columnas: fortalezas, debilidades, oportunidades, amenazas.',
      },
      reveal: {
        title: 'Revelar y discutir',
        prompt: 'Todo a la vez: ¿qué le sorprende? ¿Sobre qué construimos?',
      },
    },
  },
  'open-space': {
    name: 'Mercado de Espacio Abierto',
    summary:
      'Quien se interese por un tema ofrece una sesión en una franja; los demás marcan su interés; el mercado se convierte en el programa.',
    boards: {
      market: {
        title: 'Mercado',
        prompt: '¿Qué sesión va a organizar?',
        columns: ['Primera franja', 'Segunda franja', 'Tercera franja'],
      },
    },
    steps: {
      propose: { title: 'Ofrecer sesiones', prompt: 'Publique la sesión que organizará, en la franja que quiera.' },
      interest: {
        title: 'Marcar interés',
        prompt: 'Tres puntos cada persona en las sesiones a las que quiere ir.',
      },
      agenda: {
        title: 'El programa',
        prompt: 'El mercado es el programa: encuentre sus sesiones. Vaya donde pueda aportar.',
      },
    },
  },
  expectations: {
    name: 'Expectativas en la apertura',
    summary: 'Cada participante escribe lo que espera del día; en la clausura la sala revisa si se cumplió.',
    boards: {
      expectations: { title: 'Expectativas', prompt: '¿Qué espera de hoy?', columns: ['Expectativas'] },
    },
    steps: {
      write: {
        title: 'Nuestras expectativas',
        prompt: 'Una expectativa por nota: ¿qué haría que hoy valiera la pena?',
      },
    },
  },
  'expectations-review': {
    name: 'Revisión de las expectativas',
    summary:
      'En la clausura, cada expectativa de la apertura por turno: la sala la califica como cumplida, en parte o no cumplida.',
    boards: {
      expectations: { title: 'Expectativas', prompt: '¿Qué espera de hoy?', columns: ['Expectativas'] },
    },
    steps: {
      review: {
        title: '¿Se cumplieron nuestras expectativas?',
        prompt: 'Cada expectativa por turno: ¿cumplida, en parte o no cumplida?',
      },
    },
  },
  'roles-matrix': {
    name: 'Matriz de roles',
    summary:
      'Las organizaciones frente a los tipos de aporte: cada una propone lo que hará, quien facilita confirma y sigue la lista de acciones.',
    boards: {
      roles: {
        title: 'Quién hace qué',
        prompt: '¿Qué hará su organización?',
        columns: ['Liderar', 'Contribuir', 'Asesorar', 'Financiar'],
      },
    },
    steps: {
      map: {
        title: 'Repartir los roles',
        prompt: 'Proponga lo que hará su organización, en la columna que corresponda, con un contacto y una fecha.',
      },
      confirm: {
        title: 'Confirmar los compromisos',
        prompt: 'Quién hace qué y para cuándo: los compromisos como lista de acciones.',
      },
    },
  },
  roti: {
    name: 'ROTI (retorno del tiempo invertido)',
    summary:
      'Un último control: cada persona califica el retorno del tiempo que invirtió, de 1 a 5, con una palabra de por qué.',
    boards: {
      roti: {
        title: 'Retorno del tiempo invertido',
        prompt: '¿Valió la pena su tiempo?',
        columns: ['1 · Perdido', '2', '3 · Aceptable', '4', '5 · Excelente'],
      },
    },
    steps: {
      rate: {
        title: 'Calificar esta sesión',
        prompt: 'Una nota en la columna de su puntuación, con una palabra de por qué.',
      },
    },
  },
};
