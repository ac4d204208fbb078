/** The participant screen's catalog of one language: only the messages the phone can show (see client/catalog-plugin.ts). */
export { catalogs } from '../catalog.ts';
