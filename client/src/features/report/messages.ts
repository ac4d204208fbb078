/** Messages of the report download. */
import { defineMessages } from '../../i18n/define.ts';

export const reportMessages = defineMessages(
  {
    'report.title': 'Meeting report',
    'report.md': 'Markdown',
    'report.csv': 'CSV (spreadsheet)',
    'report.json': 'JSON',
    'report.html': 'HTML (print to PDF)',
    'report.noKey': 'The facilitator key is missing on this device.',
    'report.failed': 'The report could not be downloaded ({status}).',
  },
  {
    'report.title': 'Compte rendu de la réunion',
    'report.md': 'Markdown',
    'report.csv': 'CSV (tableur)',
    'report.json': 'JSON',
    'report.html': 'HTML (imprimer en PDF)',
    'report.noKey': 'La clé d’animation manque sur cet appareil.',
    'report.failed': 'Le compte rendu n’a pas pu être téléchargé ({status}).',
  },
  {
    'report.title': 'Informe de la reunión',
    'report.md': 'Markdown',
    'report.csv': 'CSV (hoja de cálculo)',
    'report.json': 'JSON',
    'report.html': 'HTML (imprimir en PDF)',
    'report.noKey': 'Falta la clave de facilitación en este dispositivo.',
    'report.failed': 'No se pudo descargar el informe ({status}).',
  },
  {
    'report.title': 'Relatório da reunião',
    'report.md': 'Markdown',
    'report.csv': 'CSV (folha de cálculo)',
    'report.json': 'JSON',
    'report.html': 'HTML (imprimir em PDF)',
    'report.noKey': 'Falta a chave de facilitação neste dispositivo.',
    'report.failed': 'Não foi possível descarregar o relatório ({status}).',
  },
);
