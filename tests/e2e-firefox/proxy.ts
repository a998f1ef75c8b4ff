// Firefox has no --host-resolver-rules: a forward proxy sends the real host names to the sandbox.
// Every CONNECT (HTTPS) and every plain-HTTP request for a sandbox host is piped to the sandbox's port;
// anything else (Firefox's own background traffic) is dropped.
import net from 'node:net';
import { SANDBOX_HOSTS } from '../sandbox/server';

const patterns = SANDBOX_HOSTS.map(
  (h) => new RegExp(`^${h.replace(/\./g, '\\.').replace(/^\*\\\./, '(?:[a-z0-9-]+\\.)+')}$`, 'i'),
);
export const isSandboxHost = (host: string) => patterns.some((p) => p.test(host));

export interface ForwardProxy {
  port: number;
  close: () => Promise<void>;
}

export async function startProxy(sandboxPort: number): Promise<ForwardProxy> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    client.once('data', (head) => {
      const firstLine = head.toString('latin1').split('\r\n', 1)[0] ?? '';
      const [method, target] = firstLine.split(' ');
      const host =
        method === 'CONNECT'
          ? (target ?? '').replace(/:\d+$/, '')
          : URL.canParse(target ?? '')
            ? new URL(target!).hostname
            : '';
      if (!isSandboxHost(host)) return client.destroy();
      const upstream = net.connect(sandboxPort, '127.0.0.1');
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
      if (method === 'CONNECT') {
        upstream.once('connect', () => client.write('HTTP/1.1 200 Connection Established\r\n\r\n'));
      } else {
        upstream.write(head);
      }
      client.pipe(upstream).pipe(client);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
