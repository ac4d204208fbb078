/** The follow screen's catalog of one language: only the messages that screen can show (see client/catalog-plugin.ts). */
export { catalogs } from '../catalog.ts';
