import type { CommandModule } from 'yargs';
import { demoCommand } from './demo.js';
import { serveCommand } from './serve.js';
import { triggerCommand } from './trigger.js';
import { verifyCommand } from './verify.js';
import { verifyClientCommand } from './verify-client.js';
import { validateCommand } from './validate.js';
import { receiverCommand } from './receiver.js';
import { scenariosCommand } from './scenarios.js';
import { docsCommand } from './docs.js';
import { openapiCommand } from './openapi.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands: CommandModule<any, any>[] = [
  demoCommand,
  serveCommand,
  triggerCommand,
  verifyCommand,
  verifyClientCommand,
  validateCommand,
  receiverCommand,
  scenariosCommand,
  docsCommand,
  openapiCommand,
];
