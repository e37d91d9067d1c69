/**
 * A news dateline at the start of a sentence ("Moscow:", "WASHINGTON (AP) —", "JOHANNESBURG, August 7 (Xinhua) --")
 * says where and when the story was filed, not what happened: titles skip it, and a date inside it is no event.
 */
const capitals = /^\p{Lu}{2}[\p{Lu}\d.' -]*(?:,\s*[\p{L}\d .']{1,30}?)?(?:\s*\([^)]{1,20}\))?\s*(?::|—|–|--|_)(?:\s+|$)/u;
const placeColon = /^\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+)?(?:\s*\([^)]{1,20}\))?\s*(?::|—|–)(?:\s+|$)/u;

/** Length of the dateline that starts `sentence`, 0 when there is none. */
export function datelineLength(sentence: string): number {
  return (capitals.exec(sentence) ?? placeColon.exec(sentence))?.[0].length ?? 0;
}
