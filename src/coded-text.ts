// Text the core gives as a message code and its values: why a pack was refused, how a
// correction's delivery went, where a correction goes. The extension shows it in the
// reader's language (the code is a key of _locales, the values fill $1..$n); the command
// line and the stored records read it in English. The values are data (an HTTP status, a
// version, a server's own words) and are never translated.

export interface CodedText {
  code: string;
  params: string[];
}

/** `template` with $1..$n replaced by the reason's values. */
export function fillTemplate(template: string, params: readonly string[]): string {
  return template.replace(/\$(\d)/g, (_, n: string) => params[Number(n) - 1] ?? '');
}

/** How many values a template takes. */
export function templateArity(template: string): number {
  return Math.max(0, ...[...template.matchAll(/\$(\d)/g)].map((m) => Number(m[1])));
}
