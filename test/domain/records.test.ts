/**
 * A record changed through `put`/`drop` must read exactly as the plain record a spread would have
 * made, through every way the server reads one, while costing the change: checked against a
 * plain model over a long random run (flattening included), and refusing every write.
 */
import { describe, expect, it } from 'vitest';
import { changedIds, diffCollections } from '../../server/domain/collections.ts';
import { drop, put } from '../../server/domain/records.ts';

/** A small deterministic generator, so a failure repeats. */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

function readsAlike(view: Record<string, { n: number }>, model: Record<string, { n: number }>) {
  expect(Object.keys(view)).toEqual(Object.keys(model));
  expect(Object.values(view)).toEqual(Object.values(model));
  expect(Object.entries(view)).toEqual(Object.entries(model));
  expect(JSON.stringify(view)).toBe(JSON.stringify(model));
  expect({ ...view }).toEqual(model);
  expect(view).toEqual(model);
  for (const k of ['k1', 'k7', 'k40', 'none']) {
    expect(Object.hasOwn(view, k)).toBe(Object.hasOwn(model, k));
    expect(k in view).toBe(k in model);
    expect(view[k]).toBe(model[k]);
  }
  expect('toString' in view).toBe(true);
  expect(Object.hasOwn(view, 'toString')).toBe(false);
}

describe('records changed through put and drop', () => {
  it('read as the plain record a spread makes, over 500 random changes', () => {
    const next = random(20261202);
    let view: Record<string, { n: number }> = {};
    let model: Record<string, { n: number }> = {};
    for (let i = 0; i < 500; i++) {
      const id = `k${Math.floor(next() * 60)}`;
      const prevView = view;
      const prevModel = model;
      if (next() < 0.3 && Object.hasOwn(model, id)) {
        view = drop(view, id);
        const { [id]: _gone, ...rest } = model;
        model = rest;
      } else {
        const value = { n: i };
        view = put(view, id, value);
        model = { ...model, [id]: value };
      }
      if (i % 25 === 0) readsAlike(view, model);
      // The diff sees exactly the one change, and the version before is untouched.
      const changes = diffCollections({ c: prevView }, { c: view }, ['c']);
      expect(changes).toEqual(diffCollections({ c: prevModel }, { c: model }, ['c']));
      expect([...changedIds(prevView, view)]).toEqual([id]);
      readsAlike(prevView, prevModel);
      expect(Object.keys(prevView)).toEqual(Object.keys(prevModel));
    }
    readsAlike(view, model);
  });

  it('refuses to be written: a state is never changed in place', () => {
    const view = put({ a: 1 }, 'b', 2);
    expect(() => {
      (view as Record<string, number>).c = 3;
    }).toThrow(TypeError);
    expect(() => {
      delete (view as Record<string, number>).a;
    }).toThrow(TypeError);
    expect(view).toEqual({ a: 1, b: 2 });
  });

  it('compares entry by entry when the record was not made from the one before', () => {
    const a = put({ x: 1, y: 2 }, 'z', 3);
    expect([...changedIds(a, { ...a, y: 5 })].sort()).toEqual(['x', 'y', 'z']);
  });
});
