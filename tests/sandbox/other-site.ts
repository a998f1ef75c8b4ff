// Any other host mapped to the sandbox: a plain third-party page that the refusal tests embed as a
// cross-origin frame, or open in place of a genuine site.
import { escapeHtml, type RequestContext, sendHtml } from './http-kit';

export function handleOtherSite(ctx: RequestContext): void {
  const host = escapeHtml(ctx.host);
  sendHtml(
    ctx.res,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${host}</title></head>
<body><h1>${host}</h1><p>A page that is not the Azure portal and not idemeum.</p>
<label for="secret">Client secret value</label> <input id="secret" type="text"></body></html>`,
  );
}
