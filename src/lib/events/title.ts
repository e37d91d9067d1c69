/** The longest a title gets before it is cut at a word boundary. */
export const maxTitleLength = 80;

/** A dateline such as "Moscow:" or "WASHINGTON (AP) —" at the start of a news sentence says where, not what. */
const dateline = /^[\p{Lu}][\p{L}.' -]{1,40}(?:\s*\([^)]{1,20}\))?\s*(?::|—|–|--)\s+/u;

/** A short title from a sentence: whitespace collapsed, dateline dropped, cut at a word boundary with an ellipsis. */
export function titleFromSentence(sentence: string, max = maxTitleLength): string {
  let title = sentence.replace(/\s+/g, ' ').trim().replace(dateline, '');
  title = title.replace(/[\s.;:,]+$/, '');
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '') + '…';
}
