/**
 * Caches a pure function of a string (or of a number that stands for a value). Values repeat a lot within and across texts ("today", the DCT's year), and
 * placing or parsing one means regexes and calendar arithmetic. The cache is bounded: it starts over when full.
 * Cached results are shared, so they are frozen.
 */
export function memoize<T, K extends string | number = string>(fn: (key: K) => T, limit = 4096): (key: K) => T {
  const cache = new Map<K, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    if (cache.size >= limit) cache.clear();
    const value = fn(key);
    cache.set(key, deepFreeze(value));
    return value;
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
