/**
 * The production server (`node dist/server/entry.mjs`): the node adapter's standalone server, with the site's
 * security headers on every response. Configuration errors stop it here, at start, with a readable message.
 */
import './adapter-autostart-off';
import { startServer } from '@astrojs/node/server.js';
import { loadPageCsp, securityHeaders } from './security-headers';

const pageCsp = loadPageCsp(new URL('../_headers.json', import.meta.url));
const { server } = startServer();
// Runs before the adapter's own request listener, so its headers are in place when it answers.
server.server.prependListener('request', securityHeaders(pageCsp));
