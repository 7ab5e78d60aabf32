/**
 * Writes `_headers` at the end of the build (src/lib/csp.ts says what it holds): the Content Security Policy of
 * every built page merged into one header, with what a meta tag cannot carry, for hosts that read the file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/csp.ts';
import { builtFiles } from './built-files.ts';

/** The integration; `base` is the configured base path. */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'atlas:headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = builtFiles(out).filter((file) => file.endsWith('.html'));
        const policies = pages.flatMap((file) => {
          const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(
            readFileSync(path.join(out, file), 'utf8'),
          );
          return meta ? [meta[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"')] : [];
        });
        if (policies.length === 0) throw new Error('no page carries a Content-Security-Policy meta tag');
        writeFileSync(path.join(out, '_headers'), headersFile(policies, base));
        logger.info(`_headers: one policy merged from ${policies.length} pages`);
      },
    },
  };
}
