/**
 * What a page's JSON-LD (`<script type="application/ld+json">`, schema.org) says of its article: many news sites give
 * the publication date, headline and publisher only there. The first article-like item wins; a block that is not
 * JSON is ignored, as a browser would.
 */
import { dayOfDateTime, validUrl } from './validDay.ts';

export interface ArticleData {
  readonly headline?: string;
  readonly dct?: string;
  readonly publisher?: string;
  readonly url?: string;
}

/** schema.org types of a written piece (NewsArticle and its kin, blog posts, reports); a dated WebPage comes after. */
const articleType = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report|Review)$/;

export function readLinkedData(blocks: readonly string[]): ArticleData {
  for (const block of blocks) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(block);
    } catch {
      continue;
    }
    const all = items(parsed);
    const article = all.find((item) => types(item).some((t) => articleType.test(t)))
      ?? all.find((item) => types(item).includes('WebPage') && typeof item.datePublished === 'string');
    if (article) return articleData(article);
  }
  return {};
}

type Item = Record<string, unknown>;

/** Every object of a JSON-LD value: a top-level array, an `@graph`, or the object itself. */
function items(value: unknown, depth = 0): Item[] {
  if (depth > 3 || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v) => items(v, depth + 1));
  const item = value as Item;
  return [item, ...(Array.isArray(item['@graph']) ? items(item['@graph'], depth + 1) : [])];
}

const types = (item: Item): string[] => [item['@type']].flat().filter((t): t is string => typeof t === 'string');

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : undefined);

function articleData(item: Item): ArticleData {
  const headline = text(item.headline) ?? text(item.name);
  const dct = dayOfDateTime(text(item.datePublished) ?? text(item.dateCreated) ?? '');
  const publisher = [item.publisher].flat().map((p) => (typeof p === 'object' && p !== null ? text((p as Item).name) : text(p))).find(Boolean);
  const page = item.mainEntityOfPage;
  const address = text(item.url) ?? (typeof page === 'object' && page !== null ? text((page as Item)['@id']) : text(page));
  const url = address ? validUrl(address) : undefined;
  return { ...(headline ? { headline } : {}), ...(dct ? { dct } : {}), ...(publisher ? { publisher } : {}), ...(url ? { url } : {}) };
}
