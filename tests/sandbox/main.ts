// `npm run sandbox`: the sandbox as a standalone program, for trying the extension by hand.
import { startSandbox } from './server';

const port = Number(process.env.SANDBOX_PORT ?? 8443);
const sandbox = await startSandbox({ port });
const tenant = sandbox.state.tenants.get(sandbox.state.portalTenantId);
console.log(`Sandbox listening on 127.0.0.1:${sandbox.port} (HTTPS and HTTP), tenant "${tenant?.displayName}".`);
console.log('Start Chromium with the extension and these flags:');
console.log(`  --ignore-certificate-errors --host-resolver-rules="${sandbox.hostResolverRules}, EXCLUDE localhost"`);
console.log('then open https://portal.azure.com/ and https://acme.idemeum.com/adminportal. Ctrl+C stops.');
process.on('SIGINT', () => void sandbox.close().then(() => process.exit(0)));
