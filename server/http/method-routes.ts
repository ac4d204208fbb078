/** The method library over REST: what the builder and the start page list, in the viewer's language. */
import express from 'express';
import { methodLibrary } from '../../shared/methods/compose.ts';
import { METHOD_LOCALES, type MethodLocale } from '../../shared/methods/library.ts';

const isLocale = (x: unknown): x is MethodLocale => METHOD_LOCALES.includes(x as MethodLocale);

/** `GET /api/methods?locale=fr`: every method with its steps and boards (English for any other locale). */
export function methodRoutes(): express.Router {
  const router = express.Router();
  const lists = new Map(METHOD_LOCALES.map((l) => [l, methodLibrary(l)]));
  router.get('/', (req, res) => {
    res.json(lists.get(isLocale(req.query.locale) ? req.query.locale : 'en'));
  });
  return router;
}
