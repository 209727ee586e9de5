// Checks a downloaded or built pack before anything uses it: the JSON Schema (plain data,
// bounded strings), then what a schema cannot say: references resolve, ids are unique,
// low <= high, dates are real dates, a claim revises a claim of its own source.
import { Validator } from '@cfworker/json-schema';
import schema from './schema.json' with { type: 'json' };
import type { Pack } from '../claims/model.ts';
import { isRealDate } from '../calendar.ts';

export const PACK_FORMAT = 'crosscount-pack/1';
export const DEFAULT_EXPIRES = 86400;
export const MIN_EXPIRES = 3600;

export type Validation = { ok: true; pack: Pack } | { ok: false; errors: string[] };

let validator: Validator | null = null;

/** Parses and checks pack bytes; every error says where and what. */
export function parsePack(text: string): Validation {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const start = text.trimStart().slice(0, 15).toLowerCase();
    const hint = start.startsWith('<') ? ' (it looks like an HTML page, not a pack)' : '';
    return { ok: false, errors: [`not JSON${hint}: ${(e as Error).message}`] };
  }
  return validatePack(data);
}

export function validatePack(data: unknown): Validation {
  validator ??= new Validator(schema as object, '2020-12', false);
  const result = validator.validate(data);
  if (!result.valid) {
    // the deepest errors say the most; keep the list short enough to read
    const errors = result.errors
      .filter((e) => !/^(properties|items|\$ref|oneOf|allOf)$/.test(e.keyword) || result.errors.length === 1)
      .map((e) => `${e.instanceLocation.replace(/^#/, '') || '/'}: ${e.error}`);
    return { ok: false, errors: [...new Set(errors)].slice(0, 20) };
  }
  const pack = data as Pack;
  const errors = semanticErrors(pack);
  return errors.length ? { ok: false, errors: errors.slice(0, 20) } : { ok: true, pack: { ...pack, expires: pack.expires ?? DEFAULT_EXPIRES } };
}

export function semanticErrors(pack: Pack): string[] {
  const errors: string[] = [];
  const unique = (kind: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) errors.push(`${kind} id "${id}" is used twice`);
      seen.add(id);
    }
    return seen;
  };
  const sources = unique('source', pack.sources.map((s) => s.id));
  const events = unique('event', pack.events.map((e) => e.id));
  const claims = unique('claim', pack.claims.map((c) => c.id));
  if (!isRealDate(pack.publishedAt)) errors.push(`publishedAt "${pack.publishedAt}" is not a real date`);
  for (const e of pack.events) {
    if (!isRealDate(e.date)) errors.push(`event "${e.id}": date "${e.date}" is not a real date`);
    if (e.dateEnd && (!isRealDate(e.dateEnd) || e.dateEnd < e.date)) errors.push(`event "${e.id}": dateEnd "${e.dateEnd}" is not a real date on or after ${e.date}`);
  }
  const byId = new Map(pack.claims.map((c) => [c.id, c]));
  for (const c of pack.claims) {
    const at = `claim "${c.id}"`;
    // "otherPack:event" adds to another pack's event; an event of this pack must be in it
    const [other] = c.eventId.includes(':') ? c.eventId.split(':') : [null];
    if (other === pack.id) errors.push(`${at}: event "${c.eventId}" names this pack; leave the pack out`);
    else if (!other && !events.has(c.eventId)) errors.push(`${at}: event "${c.eventId}" is not in the pack`);
    if (!sources.has(c.sourceId)) errors.push(`${at}: source "${c.sourceId}" is not in the pack`);
    if (c.low !== null && c.high !== null && c.low > c.high) errors.push(`${at}: low ${c.low} is greater than high ${c.high}`);
    if (c.low === null && c.high === null) errors.push(`${at}: low and high are both open`);
    if (c.reportedAt && !isRealDate(c.reportedAt)) errors.push(`${at}: reportedAt "${c.reportedAt}" is not a real date`);
    if (c.supersedes) {
      const earlier = byId.get(c.supersedes);
      if (!claims.has(c.supersedes) || !earlier) errors.push(`${at}: supersedes "${c.supersedes}", which is not in the pack`);
      else if (earlier.sourceId !== c.sourceId) errors.push(`${at}: supersedes "${c.supersedes}" of another source`);
      else if (c.supersedes === c.id) errors.push(`${at}: supersedes itself`);
    }
  }
  return errors;
}
