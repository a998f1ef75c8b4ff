// One local server for every host the extension talks to, routing by Host header. It answers HTTPS
// (with a certificate made at start) and plain HTTP on the same port, so that "http://" lookalikes can be
// tested against the same replicas.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handleGraph } from './entra/graph';
import { handleLogin } from './entra/login';
import { type Handler, readBody, sendText, sleep } from './http-kit';
import { handleIdemeum, isIdemeumLikeHost } from './idemeum/console';
import { handleOtherSite } from './other-site';
import { handlePortal, handleReactBlade, isPortalHost, isReactBladeHost } from './portal/portal';
import { SandboxState } from './tenant-state';

export interface Sandbox {
  port: number;
  state: SandboxState;
  /** Value for Chromium's --host-resolver-rules: every host the tests use, mapped here. */
  hostResolverRules: string;
  close: () => Promise<void>;
}

/** Hosts mapped to the sandbox. Wildcards are accepted by Chromium's MAP rule. */
export const SANDBOX_HOSTS = [
  'portal.azure.com',
  'preview.portal.azure.com',
  'entra.microsoft.com',
  '*.portal.azure.net',
  'login.microsoftonline.com',
  'graph.microsoft.com',
  '*.idemeum.com',
  'idemeum.com',
  // Lookalikes and third-party sites for the refusal tests.
  '*.idemeum.com.attacker.test',
  '*.attacker.test',
  '*.xn--idemeu-w2a.com',
];

function route(host: string): Handler {
  if (isPortalHost(host)) return handlePortal;
  if (isReactBladeHost(host)) return handleReactBlade;
  if (host === 'login.microsoftonline.com') return handleLogin;
  if (host === 'graph.microsoft.com') return handleGraph;
  if (isIdemeumLikeHost(host)) return handleIdemeum;
  return handleOtherSite;
}

function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '2',
        '-subj',
        '/CN=sandbox.local',
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startSandbox(options: { port?: number; state?: SandboxState } = {}): Promise<Sandbox> {
  const state = options.state ?? new SandboxState();
  const listener = (scheme: 'https' | 'http') => async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', `${scheme}://${host || 'unknown'}`);
    const logged: SandboxState['requestLog'][number] = {
      host,
      method: req.method ?? 'GET',
      path: url.pathname,
      at: Date.now(),
      origin: req.headers.origin,
    };
    state.requestLog.push(logged);
    res.on('close', () => {
      if (!res.writableFinished) logged.closedUnanswered = true;
    });
    if (state.knobs.unreachableHosts.has(host)) {
      req.socket.destroy();
      return;
    }
    try {
      if (state.knobs.latencyMs > 0) await sleep(state.knobs.latencyMs);
      await route(host)({ req, res, url, host, scheme, state, body: () => readBody(req) });
    } catch (error) {
      if (!res.headersSent) sendText(res, 500, `sandbox error: ${(error as Error).message}`);
      else res.end();
    }
  };
  const tlsServer = https.createServer(makeCertificate(), listener('https'));
  const plainServer = http.createServer(listener('http'));
  // Peek at the first byte: 0x16 starts a TLS handshake, anything else is plain HTTP.
  const front = net.createServer((socket) => {
    socket.once('readable', () => {
      const chunk: Buffer | null = socket.read(1);
      if (!chunk) return socket.destroy();
      socket.unshift(chunk);
      (chunk[0] === 0x16 ? tlsServer : plainServer).emit('connection', socket);
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => front.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (front.address() as net.AddressInfo).port;
  return {
    port,
    state,
    hostResolverRules: SANDBOX_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', '),
    close: async () => {
      tlsServer.closeAllConnections();
      plainServer.closeAllConnections();
      await new Promise<void>((resolve) => front.close(() => resolve()));
    },
  };
}
