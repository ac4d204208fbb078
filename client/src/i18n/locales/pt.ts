/** The catalog of one language, a chunk of its own: the build keeps only this language in it (see client/vite.config.ts). */
export { catalogs } from '../catalog.ts';
