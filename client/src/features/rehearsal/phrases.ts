/**
 * What simulated participants write, in the workshop's languages: short, plausible notes of a
 * cooperative workshop, so every screen is seen with text of a real length before the day.
 */
import type { Locale } from '../../stores/locale.ts';

export interface SimWords {
  names: string[];
  organisations: string[];
  notes: string[];
  commitments: string[];
}

export const SIM_WORDS: Record<Locale, SimWords> = {
  en: {
    names: ['Amina', 'Bruno', 'Chen', 'Dalia', 'Emeka', 'Fatou', 'Gabriel', 'Hana', 'Ivan', 'Joy'],
    organisations: ['Kenya Coffee Union', 'Fair Trade Africa', 'Coop Norway', 'ICA', 'WFTO', 'Equal Exchange'],
    notes: [
      'Shared warehouses for small producers',
      'Prices that cover the real cost of production',
      'Too much paperwork for export certificates',
      'A common label for cooperative products',
      'Training young members in digital sales',
      'Credit lines that reach rural cooperatives',
      'Transport costs eat the margin',
      'Direct contracts between consumer and producer coops',
      'Data on trade between cooperatives is missing',
      'Women need a stronger voice on boards',
      'One contact person per organisation',
      'Meet again in six months to check progress',
    ],
    commitments: ['Host the next exchange visit', 'Share our buyer list', 'Fund a pilot shipment', 'Write the guide'],
  },
  fr: {
    names: ['Aminata', 'Benoît', 'Claire', 'Driss', 'Élodie', 'François', 'Gisèle', 'Hugo', 'Inès', 'Jules'],
    organisations: ['Union des coopératives du Sénégal', 'Coop de France', 'ACI', 'WFTO', 'Artisans du Monde'],
    notes: [
      'Des entrepôts partagés pour les petits producteurs',
      'Des prix qui couvrent le vrai coût de production',
      'Trop de formalités pour les certificats d’export',
      'Un label commun pour les produits coopératifs',
      'Former les jeunes membres à la vente en ligne',
      'Du crédit qui arrive jusqu’aux coopératives rurales',
      'Le transport mange la marge',
      'Des contrats directs entre coopératives de consommateurs et de producteurs',
      'Il manque des données sur le commerce entre coopératives',
      'Les femmes doivent peser davantage dans les conseils',
      'Une personne de contact par organisation',
      'Se revoir dans six mois pour faire le point',
    ],
    commitments: ['Accueillir la prochaine visite', 'Partager notre liste d’acheteurs', 'Financer un envoi pilote'],
  },
  es: {
    names: ['Ana', 'Bernardo', 'Carmen', 'Diego', 'Elena', 'Fernando', 'Gloria', 'Héctor', 'Isabel', 'Javier'],
    organisations: ['Cooperativa Cafetalera de Colombia', 'CLAC', 'ACI Américas', 'WFTO', 'Mondragón'],
    notes: [
      'Almacenes compartidos para pequeños productores',
      'Precios que cubran el costo real de producción',
      'Demasiados trámites para los certificados de exportación',
      'Un sello común para los productos cooperativos',
      'Formar a los socios jóvenes en venta digital',
      'Crédito que llegue a las cooperativas rurales',
      'El transporte se come el margen',
      'Contratos directos entre cooperativas de consumo y de producción',
      'Faltan datos sobre el comercio entre cooperativas',
      'Las mujeres necesitan más voz en los consejos',
      'Una persona de contacto por organización',
      'Volver a vernos en seis meses para revisar avances',
    ],
    commitments: ['Recibir la próxima visita', 'Compartir nuestra lista de compradores', 'Financiar un envío piloto'],
  },
  pt: {
    names: [
      'Adelina',
      'Benedito',
      'Celeste',
      'Domingos',
      'Esperança',
      'Felisberto',
      'Graça',
      'Hélder',
      'Isaura',
      'Joaquim',
    ],
    organisations: [
      'Cooperativa Agrícola do Huambo',
      'UNAC Moçambique',
      'CONFECOOP Angola',
      'ACI',
      'WFTO',
      'Cooperativa de Nampula',
    ],
    notes: [
      'Armazéns partilhados para os pequenos produtores',
      'Preços que cubram o custo real de produção',
      'Demasiada burocracia para os certificados de exportação',
      'Um selo comum para os produtos cooperativos',
      'Formar os membros jovens em vendas digitais',
      'Crédito que chegue às cooperativas rurais',
      'O transporte come a margem',
      'Contratos diretos entre cooperativas de consumo e de produção',
      'Faltam dados sobre o comércio entre cooperativas',
      'As mulheres precisam de mais voz nas direções',
      'Uma pessoa de contacto por organização',
      'Voltar a reunir daqui a seis meses para ver os progressos',
    ],
    commitments: [
      'Receber a próxima visita de intercâmbio',
      'Partilhar a nossa lista de compradores',
      'Financiar um envio piloto',
    ],
  },
};
