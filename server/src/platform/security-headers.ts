import type { FastifyHelmetOptions } from '@fastify/helmet';

/**
 * Security headers on every response, API and web app alike (@fastify/helmet).
 *
 * The Content-Security-Policy is the one the built web app passes: Vite emits no inline script (one
 * module entry plus modulepreload links, checked in security-headers.test.ts), so scripts come from our
 * origin only. Styles need 'unsafe-inline': Ant Design writes its CSS-in-JS as inline <style> tags at run
 * time (a nonce would have to reach every antd ConfigProvider, and the SPA's index.html is static).
 * Images allow data: and blob: for ECharts' exported pictures and antd's embedded icons. Nobody may frame
 * the platform (frame-ancestors 'none', X-Frame-Options DENY for older browsers: click-jacking).
 * upgrade-insecure-requests is left out: a city intranet may serve the platform over plain HTTP by address.
 */
export const securityHeaders: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      workerSrc: ["'self'", 'blob:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  // HTTPS deployments: a year, this host only (a government domain's other hosts are not ours to bind).
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: false },
};
