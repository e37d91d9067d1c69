/**
 * Small structural checks for hand-written validators: each failed check records one message that starts with the
 * JSON path of the bad value (`$.events[3].sources[0].timex.start: …`). Nothing throws.
 */

export interface JsonCheckerOptions {
  /** Messages kept; past this a last line says how many more there were. */
  readonly maxErrors: number;
}

export const defaultJsonCheckerOptions: JsonCheckerOptions = { maxErrors: 50 };

/** The path of a member: `$.events[3]`, `$.documents[0].text`, `$["odd key"]`. */
export function pathOf(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** A value as a message quotes it: JSON, cut short. */
export function show(value: unknown, max = 60): string {
  const text = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Quick predicates for a validator's fast path: they record nothing, and say only yes or no. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Whether `r` has exactly these own fields, no more and no fewer. */
export function hasOnly(r: Record<string, unknown>, keys: readonly string[]): boolean {
  let n = 0;
  for (const key in r) if (!Object.hasOwn(r, key) || !keys.includes(key) || ++n > keys.length) return false;
  return n === keys.length;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${show(value)}`;
}

/**
 * Collects the messages. The typed checks say nothing about `undefined`: JSON has no such value, so it means a
 * missing field, which `object` has already reported.
 */
export class JsonChecker {
  private readonly messages: string[] = [];
  private readonly options: JsonCheckerOptions;
  private count = 0;

  constructor(options: JsonCheckerOptions = defaultJsonCheckerOptions) {
    this.options = options;
  }

  error(path: string, message: string): void {
    this.count++;
    if (this.messages.length < this.options.maxErrors) this.messages.push(`${path}: ${message}`);
  }

  get ok(): boolean {
    return this.count === 0;
  }

  errors(): string[] {
    const more = this.count - this.messages.length;
    return more > 0 ? [...this.messages, `… and ${more} more error${more === 1 ? '' : 's'}`] : [...this.messages];
  }

  /** Any object, whatever its fields; undefined (after reporting) if it is not an object. */
  record(value: unknown, path: string): Record<string, unknown> | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    if (value !== undefined) this.error(path, `expected an object, got ${kindOf(value)}`);
    return undefined;
  }

  /** An object with these fields and no others; undefined (after reporting) if it is not an object. */
  object(value: unknown, path: string, required: readonly string[], optional: readonly string[]): Record<string, unknown> | undefined {
    const record = this.record(value, path);
    if (!record) return undefined;
    for (const key of required) if (!Object.hasOwn(record, key)) this.error(pathOf(path, key), 'required field is missing');
    for (const key of Object.keys(record)) {
      if (!required.includes(key) && !optional.includes(key)) {
        this.error(pathOf(path, key), `unknown field (allowed: ${[...required, ...optional].join(', ')})`);
      }
    }
    return record;
  }

  array(value: unknown, path: string, minItems = 0): readonly unknown[] | undefined {
    if (!Array.isArray(value)) {
      if (value !== undefined) this.error(path, `expected an array, got ${kindOf(value)}`);
      return undefined;
    }
    if (value.length < minItems) this.error(path, `needs at least ${minItems} item${minItems === 1 ? '' : 's'}`);
    return value;
  }

  string(value: unknown, path: string, minLength = 0): string | undefined {
    if (typeof value !== 'string') {
      if (value !== undefined) this.error(path, `expected a string, got ${kindOf(value)}`);
      return undefined;
    }
    if (value.length < minLength) this.error(path, 'must not be empty');
    return value;
  }

  /** A string matching `pattern`, described in words for the message. */
  pattern(value: unknown, path: string, pattern: RegExp, described: string): string | undefined {
    const s = this.string(value, path);
    if (s === undefined) return undefined;
    if (!pattern.test(s)) {
      this.error(path, `${show(s)} is not ${described}`);
      return undefined;
    }
    return s;
  }

  offset(value: unknown, path: string): number | undefined {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      if (value !== undefined) this.error(path, `expected a whole number ≥ 0, got ${kindOf(value)}`);
      return undefined;
    }
    return value;
  }

  oneOf<T extends string | number>(value: unknown, path: string, allowed: readonly T[]): T | undefined {
    if ((allowed as readonly unknown[]).includes(value)) return value as T;
    if (value !== undefined) this.error(path, `${show(value)} is not one of ${allowed.join(', ')}`);
    return undefined;
  }

  constant(value: unknown, path: string, expected: string | number): void {
    if (value !== expected && value !== undefined) this.error(path, `expected ${show(expected)}, got ${show(value)}`);
  }

  /** Optional member: checked only when present. */
  optional<T>(record: Record<string, unknown>, key: string, path: string, check: (value: unknown, path: string) => T): T | undefined {
    return Object.hasOwn(record, key) ? check(record[key], pathOf(path, key)) : undefined;
  }
}
