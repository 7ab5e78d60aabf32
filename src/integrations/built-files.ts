/** The files a build wrote, for the integrations that read the output once it is done. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under `folder`, as paths relative to it with "/" separators ("methods/grpo/index.html"). */
export function builtFiles(folder: string, prefix = ''): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    return statSync(file).isDirectory() ? builtFiles(file, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}
