/**
 * Where the installed package ships its default policy and dictionaries, found the same way whether running from
 * source or from dist/.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The installed package's root folder (where policies/ and dictionaries/ ship), from source or from dist/. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  root = dir;
  return dir;
}

/** The shipped default policy. */
export function defaultPolicyPath(): string {
  return join(packageRoot(), 'policies', 'default.yaml');
}
