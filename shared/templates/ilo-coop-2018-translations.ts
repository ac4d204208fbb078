/**
 * The ILO template's own words in the room's other languages: every title, prompt, column and
 * discussion point, as [English, French, Spanish]. Speakers' names and talk topics stay as
 * announced. Checked by the template schema: each English text must be one of the template's.
 */
import type { TemplateTranslationsInput } from '../schemas/template.ts';

const ROWS: ReadonlyArray<readonly [string, string, string]> = [
  [
    'Meeting on enhancing cooperation and trade between cooperatives and other SSE organizations for decent work',
    'Réunion sur le renforcement de la coopération et du commerce entre les coopératives et les autres organisations de l’ESS pour le travail décent',
    'Reunión sobre el fortalecimiento de la cooperación y el comercio entre las cooperativas y otras organizaciones de la ESS para el trabajo decente',
  ],
  ['Expectations', 'Attentes', 'Expectativas'],
  ['What do you expect from today?', 'Qu’attendez-vous de cette journée ?', '¿Qué espera de esta jornada?'],
  ['Questions', 'Questions', 'Preguntas'],
  ['Ask the speaker a question', 'Posez une question à l’intervenant·e', 'Haga una pregunta a quien presenta'],
  ['Challenges', 'Défis', 'Desafíos'],
  [
    'What problems do cooperatives face when establishing commercial linkages with other cooperatives?',
    'Quels problèmes les coopératives rencontrent-elles pour nouer des liens commerciaux avec d’autres coopératives ?',
    '¿Qué problemas enfrentan las cooperativas al establecer vínculos comerciales con otras cooperativas?',
  ],
  ['Opportunities', 'Opportunités', 'Oportunidades'],
  [
    'What market opportunities exist, and how can coop-to-coop trade be upscaled?',
    'Quelles opportunités de marché existent, et comment développer le commerce entre coopératives ?',
    '¿Qué oportunidades de mercado existen y cómo ampliar el comercio entre cooperativas?',
  ],
  ['Roles', 'Rôles', 'Roles'],
  [
    'What role can your organisation play in a joint pilot initiative?',
    'Quel rôle votre organisation peut-elle jouer dans une initiative pilote commune ?',
    '¿Qué papel puede desempeñar su organización en una iniciativa piloto conjunta?',
  ],
  [
    'Opening session: Setting the scene and aligning expectations',
    'Session d’ouverture : poser le cadre et accorder les attentes',
    'Sesión de apertura: presentar el contexto y alinear las expectativas',
  ],
  ['Welcome and setting the scene', 'Accueil et présentation du cadre', 'Bienvenida y presentación del contexto'],
  ['Writing our expectations', 'Écrire nos attentes', 'Escribir nuestras expectativas'],
  [
    'Session 1: Sharing coop-to-coop trade experiences',
    'Session 1 : partager des expériences de commerce entre coopératives',
    'Sesión 1: compartir experiencias de comercio entre cooperativas',
  ],
  ['Presentations and Q&A', 'Présentations et questions-réponses', 'Presentaciones y preguntas'],
  [
    'Coop-to-coop trade: a case study by WFTO members',
    'Le commerce entre coopératives : une étude de cas de membres de la WFTO',
    'Comercio entre cooperativas: un estudio de caso de miembros de la WFTO',
  ],
  [
    "Coop Denmark's experience with African producer coops",
    'L’expérience de Coop Denmark avec des coopératives de producteurs africaines',
    'La experiencia de Coop Denmark con cooperativas de productores africanas',
  ],
  [
    'Organic pineapple from a youth cooperative in Togo',
    'L’ananas biologique d’une coopérative de jeunes au Togo',
    'Piña ecológica de una cooperativa juvenil de Togo',
  ],
  ['Questions and answers', 'Questions et réponses', 'Preguntas y respuestas'],
  ['Coffee Break', 'Pause café', 'Pausa para el café'],
  [
    'Session 2: Identifying challenges and opportunities for coop-to-coop trade',
    'Session 2 : identifier les défis et les opportunités du commerce entre coopératives',
    'Sesión 2: identificar los desafíos y las oportunidades del comercio entre cooperativas',
  ],
  [
    'Cooperatives in the SADC region and trade promotion',
    'Les coopératives de la région SADC et la promotion du commerce',
    'Las cooperativas de la región SADC y la promoción del comercio',
  ],
  [
    'Japanese consumer cooperatives, fair trade and coop-to-coop trade',
    'Les coopératives de consommateurs japonaises, le commerce équitable et le commerce entre coopératives',
    'Las cooperativas de consumo japonesas, el comercio justo y el comercio entre cooperativas',
  ],
  [
    'Producer cooperatives in Sri Lanka and broader supply chains',
    'Les coopératives de producteurs du Sri Lanka et les chaînes d’approvisionnement élargies',
    'Las cooperativas de productores de Sri Lanka y las cadenas de suministro más amplias',
  ],
  ['Lunch break', 'Pause déjeuner', 'Pausa para el almuerzo'],
  [
    'Session 3: Discussing our roles and strategies for expanding coop-to-coop trade',
    'Session 3 : discuter de nos rôles et de nos stratégies pour développer le commerce entre coopératives',
    'Sesión 3: debatir nuestros roles y estrategias para ampliar el comercio entre cooperativas',
  ],
  ['Group discussion', 'Discussion de groupe', 'Debate en grupo'],
  ['Framing the discussion', 'Cadrer la discussion', 'Enmarcar el debate'],
  [
    'What is needed to make coop-to-coop trade work, and what role can we play?',
    'Que faut-il pour que le commerce entre coopératives fonctionne, et quel rôle pouvons-nous jouer ?',
    '¿Qué hace falta para que funcione el comercio entre cooperativas y qué papel podemos desempeñar?',
  ],
  [
    'Silent writing: challenges and opportunities',
    'Écriture silencieuse : défis et opportunités',
    'Escritura en silencio: desafíos y oportunidades',
  ],
  [
    'One idea per note. Others see your notes only when the facilitator reveals them.',
    'Une idée par note. Les autres ne voient vos notes que lorsque l’animation les révèle.',
    'Una idea por nota. Los demás solo ven sus notas cuando la facilitación las revela.',
  ],
  ['Grouping the notes', 'Regrouper les notes', 'Agrupar las notas'],
  [
    'Which notes belong together? Name the groups.',
    'Quelles notes vont ensemble ? Nommez les groupes.',
    '¿Qué notas van juntas? Ponga nombre a los grupos.',
  ],
  [
    'Dot vote: what matters most',
    'Vote par gommettes : ce qui compte le plus',
    'Votación con puntos: lo que más importa',
  ],
  [
    'Spend your dots on the challenges and opportunities to act on first.',
    'Placez vos gommettes sur les défis et les opportunités à traiter en premier.',
    'Ponga sus puntos en los desafíos y las oportunidades que hay que abordar primero.',
  ],
  ['Mapping our roles', 'Cartographier nos rôles', 'Mapear nuestros roles'],
  [
    'What can your organisation contribute to a joint pilot initiative?',
    'Que peut apporter votre organisation à une initiative pilote commune ?',
    '¿Qué puede aportar su organización a una iniciativa piloto conjunta?',
  ],
  ['Commitments and next steps', 'Engagements et prochaines étapes', 'Compromisos y próximos pasos'],
  [
    'Who will do what, with whom, by when?',
    'Qui fera quoi, avec qui, pour quand ?',
    '¿Quién hará qué, con quién, para cuándo?',
  ],
  ['Coffee break', 'Pause café', 'Pausa para el café'],
  [
    'Closing session: Reflecting on achieved expectations and future steps',
    'Session de clôture : revenir sur les attentes satisfaites et les prochaines étapes',
    'Sesión de clausura: reflexionar sobre las expectativas cumplidas y los próximos pasos',
  ],
  ['Were our expectations met?', 'Nos attentes ont-elles été satisfaites ?', '¿Se cumplieron nuestras expectativas?'],
  [
    'Rate each expectation: met, partly met or not met.',
    'Évaluez chaque attente : satisfaite, en partie satisfaite ou non satisfaite.',
    'Valore cada expectativa: cumplida, cumplida en parte o no cumplida.',
  ],
  ['Future steps and close', 'Prochaines étapes et clôture', 'Próximos pasos y cierre'],
  ['Markets and trade', 'Marchés et commerce', 'Mercados y comercio'],
  ['Quality and standards', 'Qualité et normes', 'Calidad y normas'],
  ['Costs and finance', 'Coûts et financement', 'Costes y financiación'],
  ['Skills and organisation', 'Compétences et organisation', 'Capacidades y organización'],
  ['Policy and environment', 'Politiques et environnement', 'Políticas y entorno'],
  ['Markets and products', 'Marchés et produits', 'Mercados y productos'],
  ['Partnerships', 'Partenariats', 'Alianzas'],
  ['Support and tools', 'Appui et outils', 'Apoyo y herramientas'],
  ['Intermediation', 'Intermédiation', 'Intermediación'],
  ['Capacity building', 'Renforcement des capacités', 'Fortalecimiento de capacidades'],
  ['Tools', 'Outils', 'Herramientas'],
  ['Finance', 'Financement', 'Financiación'],
  ['Market access', 'Accès aux marchés', 'Acceso a los mercados'],
  ['Evidence and research', 'Données et recherche', 'Datos e investigación'],
  [
    'How can successful coop-to-coop trade linkages be established?',
    'Comment établir des liens commerciaux réussis entre coopératives ?',
    '¿Cómo establecer vínculos comerciales exitosos entre cooperativas?',
  ],
  [
    'What kind of approaches or interventions have proven to work and which ones are doomed to fail?',
    'Quelles approches ou interventions ont fait leurs preuves, et lesquelles sont vouées à l’échec ?',
    '¿Qué enfoques o intervenciones han demostrado funcionar y cuáles están condenados al fracaso?',
  ],
  [
    'What market opportunities exist?',
    'Quelles opportunités de marché existent ?',
    '¿Qué oportunidades de mercado existen?',
  ],
  [
    'How to upscale coop-to-coop trade?',
    'Comment développer le commerce entre coopératives à plus grande échelle ?',
    '¿Cómo ampliar la escala del comercio entre cooperativas?',
  ],
  [
    'What is needed in terms of intermediation, capacity-building and tools to make coop-to-coop trade work?',
    'De quoi a-t-on besoin en matière d’intermédiation, de renforcement des capacités et d’outils pour que le commerce entre coopératives fonctionne ?',
    '¿Qué se necesita en intermediación, fortalecimiento de capacidades y herramientas para que funcione el comercio entre cooperativas?',
  ],
  [
    'What role can we play in strengthening cooperation between cooperatives?',
    'Quel rôle pouvons-nous jouer pour renforcer la coopération entre coopératives ?',
    '¿Qué papel podemos desempeñar para fortalecer la cooperación entre cooperativas?',
  ],
  [
    'How can we collaborate and develop a joint initiative to promote coop-to-coop trade?',
    'Comment collaborer et élaborer une initiative commune pour promouvoir le commerce entre coopératives ?',
    '¿Cómo podemos colaborar y desarrollar una iniciativa conjunta para promover el comercio entre cooperativas?',
  ],
];

export const iloTranslations: TemplateTranslationsInput = {
  fr: Object.fromEntries(ROWS.map(([en, fr]) => [en, fr])),
  es: Object.fromEntries(ROWS.map(([en, , es]) => [en, es])),
};
