/** A biblioteca de métodos em português. */
import type { MethodTexts } from './text.ts';

export const methodsPt: MethodTexts = {
  'silent-writing': {
    name: 'Escrita em silêncio e revelação',
    summary:
      'Cada pessoa escreve primeiro sozinha, sem ver as outras, para que a primeira voz não marque o tom; depois todas as notas aparecem de uma vez.',
    boards: { ideas: { title: 'Ideias', prompt: 'O que lhe vem à cabeça? Uma ideia por nota.', columns: ['Ideias'] } },
    steps: {
      write: {
        title: 'Escrita em silêncio',
        prompt: 'Escreva sozinho, uma ideia por nota. Ninguém vê as suas notas até serem reveladas.',
      },
      reveal: {
        title: 'Revelar e ler',
        prompt: 'Todas as notas de uma vez: leia-as, pergunte o que não estiver claro, procure padrões.',
      },
    },
  },
  'one-two-four-all': {
    name: '1-2-4-Todos',
    summary:
      'Uma pergunta explorada sozinho, depois a dois, depois a quatro e por fim por todos: todas as vozes são ouvidas e as ideias mais fortes sobressaem.',
    boards: { ideas: { title: 'Ideias', prompt: 'O que poderíamos fazer quanto a isto?', columns: ['Ideias'] } },
    steps: {
      one: { title: '1 · Sozinho', prompt: 'Um minuto em silêncio: anote as suas próprias ideias.' },
      two: {
        title: '2 · A dois',
        prompt:
          'Partilhe com quem está ao seu lado, construam um sobre o outro, guardem as ideias de que ambos gostam.',
      },
      four: { title: '4 · A quatro', prompt: 'Dois pares juntos: anotem a ideia que mais se destaca no vosso grupo.' },
      all: { title: 'Todos · Juntos', prompt: 'Cada grupo partilha a ideia que mais se destaca. O que vemos?' },
    },
  },
  'dot-voting': {
    name: 'Votação por pontos',
    summary:
      'Listam-se as opções e depois cada pessoa coloca três pontos no que mais importa; a sala vê logo a classificação.',
    boards: { options: { title: 'Opções', prompt: 'Que opções temos?', columns: ['Opções'] } },
    steps: {
      list: {
        title: 'Listar as opções',
        prompt: 'Acrescente todas as opções que valha a pena considerar, uma por nota.',
      },
      vote: { title: 'Colocar os pontos', prompt: 'Três pontos cada: coloque-os nas opções que mais lhe importam.' },
      results: { title: 'Ler os resultados', prompt: 'As opções por ordem de pontos. O que levamos por diante?' },
    },
  },
  'lean-coffee': {
    name: 'Lean Coffee',
    summary:
      'Uma agenda feita pelos participantes: propõem temas, votam neles e debatem-nos por ordem, em rondas curtas e cronometradas.',
    boards: {
      topics: {
        title: 'Temas',
        prompt: 'Sobre o que gostaria de falar?',
        columns: ['Por debater', 'Em debate', 'Debatidos'],
      },
    },
    steps: {
      propose: { title: 'Propor temas', prompt: 'Um tema por nota, em poucas palavras.' },
      vote: { title: 'Votar nos temas', prompt: 'Dois pontos cada; os dois no mesmo tema, se quiser.' },
      discuss: {
        title: 'Debater por ordem',
        prompt:
          'O mais votado primeiro, oito minutos cada; quando o tempo acaba, a sala decide: continuar ou passar ao tema seguinte.',
      },
    },
  },
  'world-cafe': {
    name: 'Rondas de World Café',
    summary:
      'Mesas pequenas debatem uma pergunta em rondas; entre rondas as pessoas mudam de mesa, um anfitrião fica e transmite o que foi dito.',
    boards: {
      tables: {
        title: 'Mesas do café',
        prompt: 'O que descobriu a sua mesa?',
        columns: ['Mesa 1', 'Mesa 2', 'Mesa 3'],
      },
    },
    steps: {
      round1: {
        title: 'Ronda 1',
        prompt: 'Na sua mesa, debatam a pergunta; anotem as ideias principais na coluna da vossa mesa.',
      },
      round2: {
        title: 'Ronda 2',
        prompt:
          'Nova mesa: o anfitrião resume a ronda anterior; depois construam a partir daí e acrescentem as vossas ideias.',
      },
      round3: { title: 'Ronda 3', prompt: 'Mais uma mesa: o que liga as ideias que ouviu?' },
      harvest: { title: 'Colheita', prompt: 'Cada anfitrião partilha os fios da sua mesa. O que vemos em conjunto?' },
    },
  },
  'start-stop-continue': {
    name: 'Começar, Parar, Continuar',
    summary:
      'O que devemos começar a fazer, deixar de fazer e continuar? Escrito em privado, revelado, e depois a sala vota.',
    boards: {
      board: {
        title: 'Começar, Parar, Continuar',
        prompt: 'Olhando para trás, o que deve mudar?',
        columns: ['Começar', 'Parar', 'Continuar'],
      },
    },
    steps: {
      write: { title: 'Escrever', prompt: 'Sozinho: o que devemos começar, parar e continuar a fazer?' },
      reveal: { title: 'Revelar e agrupar', prompt: 'Todas as notas de uma vez; agrupe as que dizem o mesmo.' },
      vote: { title: 'Votar', prompt: 'Três pontos cada: que mudanças importam mais?' },
    },
  },
  swot: {
    name: 'SWOT',
    summary:
      'Forças e fraquezas por dentro, oportunidades e ameaças por fora, escritas em privado e depois partilhadas.',
    boards: {
      swot: {
        title: 'SWOT',
        prompt: 'Onde estamos?',
        columns: ['Forças', 'Fraquezas', 'Oportunidades', 'Ameaças'],
      },
    },
    steps: {
      write: {
        title: 'Escrever a SWOT',
        prompt: 'Sozinho, nas quatro colunas: forças, fraquezas, oportunidades, ameaças.',
      },
      reveal: { title: 'Revelar e debater', prompt: 'Tudo de uma vez: o que o surpreende? Sobre o que construímos?' },
    },
  },
  'open-space': {
    name: 'Mercado de Open Space',
    summary:
      'Quem se interessa por um tema propõe uma sessão num horário; os outros mostram o seu interesse; o mercado torna-se a agenda.',
    boards: {
      market: {
        title: 'Mercado',
        prompt: 'Que sessão vai animar?',
        columns: ['Primeiro horário', 'Segundo horário', 'Terceiro horário'],
      },
    },
    steps: {
      propose: { title: 'Propor sessões', prompt: 'Publique a sessão que vai animar, no horário que pretende.' },
      interest: { title: 'Mostrar interesse', prompt: 'Três pontos cada nas sessões em que quer participar.' },
      agenda: {
        title: 'A agenda',
        prompt: 'O mercado é a agenda: encontre as suas sessões. Vá para onde pode contribuir.',
      },
    },
  },
  expectations: {
    name: 'Expectativas na abertura',
    summary: 'Cada participante escreve o que espera do dia; no encerramento a sala verifica se foi cumprido.',
    boards: {
      expectations: { title: 'Expectativas', prompt: 'O que espera de hoje?', columns: ['Expectativas'] },
    },
    steps: {
      write: {
        title: 'As nossas expectativas',
        prompt: 'Uma expectativa por nota: o que faria valer a pena o dia de hoje?',
      },
    },
  },
  'expectations-review': {
    name: 'Revisão das expectativas',
    summary:
      'No encerramento, cada expectativa da abertura, uma a uma: a sala avalia se foi cumprida, parcialmente ou não cumprida.',
    boards: {
      expectations: { title: 'Expectativas', prompt: 'O que espera de hoje?', columns: ['Expectativas'] },
    },
    steps: {
      review: {
        title: 'As nossas expectativas foram cumpridas?',
        prompt: 'Cada expectativa, uma a uma: cumprida, parcialmente ou não cumprida?',
      },
    },
  },
  'roles-matrix': {
    name: 'Matriz de papéis',
    summary:
      'Organizações face a tipos de contributo: cada uma propõe o que vai fazer, a facilitação confirma, segue-se a lista de ações.',
    boards: {
      roles: {
        title: 'Quem faz o quê',
        prompt: 'O que vai fazer a sua organização?',
        columns: ['Liderar', 'Contribuir', 'Aconselhar', 'Financiar'],
      },
    },
    steps: {
      map: {
        title: 'Mapear os papéis',
        prompt: 'Proponha o que a sua organização vai fazer, na coluna adequada, com um contacto e uma data.',
      },
      confirm: {
        title: 'Confirmar os compromissos',
        prompt: 'Quem faz o quê, e até quando: os compromissos como lista de ações.',
      },
    },
  },
  roti: {
    name: 'ROTI (retorno do tempo investido)',
    summary:
      'Uma última verificação: cada pessoa avalia de 1 a 5 o retorno do tempo que investiu, com uma palavra sobre porquê.',
    boards: {
      roti: {
        title: 'Retorno do tempo investido',
        prompt: 'Valeu a pena o seu tempo?',
        columns: ['1 · Perdido', '2', '3 · Razoável', '4', '5 · Excelente'],
      },
    },
    steps: {
      rate: {
        title: 'Avaliar esta sessão',
        prompt: 'Uma nota na coluna da sua pontuação, com uma palavra sobre porquê.',
      },
    },
  },
};
