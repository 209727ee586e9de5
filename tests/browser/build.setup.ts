// Builds the extension once before the browser tests, so they always test the current code.
import { execSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.CROSSCOUNT_SKIP_BUILD) return;
  execSync('npm run build --silent', { stdio: 'inherit' });
}
