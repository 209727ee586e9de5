// `crosscount pack ...`: the maintainers' tools for claim packs.
import { readFileSync, writeFileSync, existsSync, chmodSync } from 'node:fs';
import { buildPack, serializePack, writePackSource } from '../packs/source-files.ts';
import { generateKeys, sign, verify, isPublicKey } from '../packs/signing.ts';
import { parsePack } from '../packs/validate.ts';
import { formatDiff } from '../packs/diff.ts';
import { importUcdp } from '../packs/ucdp.ts';
import type { Pack } from '../claims/model.ts';
import { harvestCommand, HARVEST_USAGE } from './harvest.ts';
import { option } from './args.ts';

export const PACK_USAGE = `usage:
  crosscount pack build DIR -o PACK.json                  check a pack's source files and write the canonical pack
  crosscount pack keygen [-o NAME]                        write NAME.key (private: keep it secret) and NAME.pub
  crosscount pack sign PACK.json --key NAME.key           write PACK.json.sig, a detached Ed25519 signature
  crosscount pack verify PACK.json --pubkey NAME.pub      check the signature (PACK.json.sig, or --sig FILE) and the format
  crosscount pack diff OLD.json NEW.json                  claims added, changed and removed, for a release note
  crosscount pack source PACK.json -o DIR                 write a pack back into editable source files (one per event)
  crosscount pack import-ucdp GED.csv -o PACK.json [--id ID] [--title TITLE] [--version N] [--skip-bad-rows]
${HARVEST_USAGE}`;


function positional(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith('-')) { i++; continue; }
    out.push(args[i]);
  }
  return out;
}

function keyText(value: string): string {
  return existsSync(value) ? readFileSync(value, 'utf8').trim() : value.trim();
}

/** A pack file, read and checked; the error says which file and every problem. */
export function loadPack(file: string): Pack {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`cannot read pack ${file}: ${(e as Error).message}`);
  }
  const parsed = parsePack(text);
  if (!parsed.ok) throw new Error(`cannot read pack ${file}: it is not a valid pack:\n  ${parsed.errors.join('\n  ')}`);
  return parsed.pack;
}

export async function packCommand(args: string[], out: (s: string) => void): Promise<number> {
  const [sub, ...rest] = args;
  const files = positional(rest);
  switch (sub) {
    case 'build': {
      const output = option(rest, '-o');
      if (!files[0] || !output) throw new Error('pack build needs DIR and -o PACK.json');
      const result = buildPack(files[0]);
      if ('errors' in result) {
        out(`${files[0]} has ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}; nothing written:\n  ${result.errors.join('\n  ')}\n`);
        return 1;
      }
      writeFileSync(output, serializePack(result.pack));
      out(`${output}: ${result.pack.id} version ${result.pack.version}, ${result.pack.events.length} events, ${result.pack.sources.length} sources, ${result.pack.claims.length} claims\n`);
      return 0;
    }
    case 'keygen': {
      const name = option(rest, '-o') ?? 'crosscount-pack';
      if (existsSync(`${name}.key`)) throw new Error(`${name}.key exists: refusing to overwrite a private key`);
      const keys = await generateKeys();
      writeFileSync(`${name}.key`, `${keys.privateKey}\n`, { mode: 0o600 });
      chmodSync(`${name}.key`, 0o600);
      writeFileSync(`${name}.pub`, `${keys.publicKey}\n`);
      out(`wrote ${name}.key (private: keep it out of every repository) and ${name}.pub\npublic key: ${keys.publicKey}\n`);
      return 0;
    }
    case 'sign': {
      const key = option(rest, '--key');
      if (!files[0] || !key) throw new Error('pack sign needs PACK.json and --key KEY');
      loadPack(files[0]); // never sign something that is not a valid pack
      const signature = await sign(readFileSync(files[0]), keyText(key));
      writeFileSync(`${files[0]}.sig`, `${signature}\n`);
      out(`wrote ${files[0]}.sig\n`);
      return 0;
    }
    case 'verify': {
      const pub = option(rest, '--pubkey');
      if (!files[0] || !pub) throw new Error('pack verify needs PACK.json and --pubkey PUB');
      const publicKey = keyText(pub);
      if (!isPublicKey(publicKey)) throw new Error('--pubkey is not an Ed25519 public key ("ed25519-pub:...")');
      const sigFile = option(rest, '--sig') ?? `${files[0]}.sig`;
      if (!existsSync(sigFile)) { out(`no signature: ${sigFile} is missing\n`); return 1; }
      const ok = await verify(readFileSync(files[0]), readFileSync(sigFile, 'utf8').trim(), publicKey);
      if (!ok) { out(`BAD signature: ${sigFile} does not sign ${files[0]} with this key\n`); return 1; }
      const pack = loadPack(files[0]);
      out(`OK: ${files[0]} (${pack.id} version ${pack.version}) is signed by this key and is a valid pack\n`);
      return 0;
    }
    case 'diff': {
      if (files.length < 2) throw new Error('pack diff needs OLD.json NEW.json');
      out(formatDiff(loadPack(files[0]), loadPack(files[1])));
      return 0;
    }
    case 'source': {
      const output = option(rest, '-o');
      if (!files[0] || !output) throw new Error('pack source needs PACK.json and -o DIR');
      if (existsSync(output)) throw new Error(`${output} exists: refusing to overwrite source files`);
      const pack = loadPack(files[0]);
      writePackSource(pack, output);
      out(`${output}/: pack.json, sources.json and ${pack.events.length} event files\n`);
      return 0;
    }
    case 'import-ucdp': {
      const output = option(rest, '-o');
      if (!files[0] || !output) throw new Error('pack import-ucdp needs GED.csv and -o PACK.json');
      const version = option(rest, '--version') ?? '1';
      const skipped: string[] = [];
      const pack = importUcdp(readFileSync(files[0], 'utf8'), {
        id: option(rest, '--id') ?? 'ucdp-ged',
        title: option(rest, '--title') ?? 'UCDP GED events',
        version: /^\d+$/.test(version) ? Number(version) : version,
        publishedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      }, { skipBadRows: rest.includes('--skip-bad-rows'), onSkip: (_line, reason) => skipped.push(reason) });
      for (const s of skipped) process.stderr.write(`crosscount: skipped ${s}\n`);
      if (skipped.length) out(`${skipped.length} row${skipped.length === 1 ? '' : 's'} skipped (--skip-bad-rows)\n`);
      const parsed = parsePack(serializePack(pack));
      if (!parsed.ok) throw new Error(`the import does not make a valid pack:\n  ${parsed.errors.join('\n  ')}`);
      writeFileSync(output, serializePack(pack));
      out(`${output}: ${pack.events.length} events, ${pack.sources.length} sources, ${pack.claims.length} claims\n`);
      return 0;
    }
    case 'harvest':
      return harvestCommand(rest, out);
    default:
      out(`${PACK_USAGE}\n`);
      return sub === undefined || sub === '--help' ? 0 : 2;
  }
}
