import { describeCause } from '../core/errors.js';
import { runPost } from './run.js';
import { toolkitWorkflow } from './toolkit.js';

try {
  runPost(toolkitWorkflow());
} catch (error) {
  // Cleanup must not fail the job; say what was left behind instead.
  toolkitWorkflow().warning(`Post step could not clean up: ${describeCause(error)}`);
}
