// Reading a command's arguments: a flag's value, and the words that are no flag's value.

/** The value after `name` ("-o FILE"), or undefined when the flag is absent; a flag without its value is an error. */
export function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (!v || v.startsWith('-')) throw new Error(`${name} needs a value`);
  return v;
}
