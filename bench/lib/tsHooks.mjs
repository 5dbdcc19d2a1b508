// Lets Node 24's type stripping load src/ as it is: the sources import './x.js' (what tsc and ncc
// expect) where the file on disk is './x.ts'. Nothing is compiled or written.
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (
      specifier.startsWith('.') &&
      specifier.endsWith('.js') &&
      context.parentURL?.endsWith('.ts')
    ) {
      const js = new URL(specifier, context.parentURL);
      const ts = new URL(`${js.href.slice(0, -3)}.ts`);
      if (!existsSync(fileURLToPath(js)) && existsSync(fileURLToPath(ts)))
        return nextResolve(ts.href, context);
    }
    return nextResolve(specifier, context);
  },
});
