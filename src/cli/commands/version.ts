import { PRODUCT, VERSION } from '../../version.js';
import { defineCommand } from '../command.js';

export const versionCommand = defineCommand({
  name: 'version',
  summary: 'Print the version, as `aws_signing_helper version` does: the number alone.',
  description: [],
  options: {
    verbose: {
      type: 'boolean',
      description: 'Also print the product name and the Node.js version.',
    },
  },
  examples: [`${PRODUCT} version`],
  run: (options, io) => {
    io.stdout(
      options.verbose ? `${PRODUCT} ${VERSION} (node ${process.versions.node})\n` : `${VERSION}\n`,
    );
    return Promise.resolve(0);
  },
});
