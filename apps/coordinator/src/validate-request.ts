import { BadRequestError, RequestTooLargeError } from './errors';

/** A required string of at most `max` characters (names, ids, hosts). */
export function requiredString(value: unknown, field: string, max = 256): string {
  if (typeof value !== 'string' || value.length === 0) throw new BadRequestError(field, 'missing');
  if (value.length > max) throw new BadRequestError(field, `longer than ${max} characters`);
  return value;
}

export function optionalString(value: unknown, field: string, max = 256): string {
  if (value === undefined || value === null || value === '') return '';
  return requiredString(value, field, max);
}

/**
 * An integer within [min, max]. Wire uint32 fields cannot carry a sign: a negative
 * number sent by a client decodes as a value near 2^32, which the bound catches.
 */
export function boundedInt(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const hint = typeof value === 'number' && value > 2 ** 31 ? ' (a negative number?)' : '';
    throw new BadRequestError(
      field,
      `must be an integer in [${min}, ${max}], got ${String(value)}${hint}`,
    );
  }
  return value;
}

/** An attempt id: a positive uint32 (0 means the field is missing). */
export function attemptId(value: unknown, field: string): number {
  if (value === 0 || value === undefined || value === null)
    throw new BadRequestError(field, 'missing');
  return boundedInt(value, field, 1, 2 ** 32 - 1);
}

export function nonNegativeFinite(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new BadRequestError(field, `must be a finite number >= 0, got ${String(value)}`);
  }
  return value;
}

/** Bounded list of ids; duplicates are removed. */
export function attemptIdList(values: unknown, field: string, maxLength: number): number[] {
  const list = Array.isArray(values) ? values : [];
  if (list.length > maxLength) {
    throw new RequestTooLargeError(field, 'entries per call', list.length, maxLength);
  }
  return [...new Set(list.map((v, i) => attemptId(v, `${field}[${i}]`)))];
}
