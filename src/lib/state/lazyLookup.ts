/**
 * A lookup whose map is built on first use. A timeline of 100,000 events takes a tenth of a second to map by id, and
 * the first frame needs no lookup at all; the first selection pays once instead.
 */
export function lazyLookup<K, V>(build: () => Map<K, V>): (key: K) => V | undefined {
  let map: Map<K, V> | undefined;
  return (key) => (map ??= build()).get(key);
}
