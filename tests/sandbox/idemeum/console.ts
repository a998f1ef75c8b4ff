// Replica of the idemeum admin console (FACTS.md §6), served for idemeum.com, its tenant subdomains and
// lookalikes. The console is an invention: nothing of the real one's markup is public.
import { type Handler, sendJson, sendText } from '../http-kit';
import { handleApi } from './api';
import { isClassicHost, tenantOfHost } from './host';
import { sendAsset, sendShell } from './shell';
import { wordingFor } from './wording';

export { isIdemeumLikeHost } from './host';
export { idemeumConsoleRecords } from './records';

export const handleIdemeum: Handler = async (ctx) => {
  const { url, res, host } = ctx;
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
  const tenant = tenantOfHost(host);
  const wording = wordingFor(isClassicHost(host));
  if (path === '/api' || path.startsWith('/api/')) {
    await handleApi({ ctx, wording, tenant }, path);
    return;
  }
  const method = ctx.req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    sendJson(res, 405, { error: 'method_not_allowed', message: `${method} is not allowed on ${path}.` });
    return;
  }
  if (path === '/') {
    res.writeHead(302, { location: '/adminportal', 'cache-control': 'no-store' });
    res.end();
    return;
  }
  if (path === '/adminportal' || path.startsWith('/adminportal/')) {
    sendShell(res, tenant);
    return;
  }
  if (await sendAsset(res, path)) return;
  sendText(res, 404, 'Not found');
};
