#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so `npx crosscount` works on a fresh checkout.
import { register } from 'tsx/esm/api';

register();
// `crosscount extract big.jsonl | head`: a reader that stops early is not an error
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
