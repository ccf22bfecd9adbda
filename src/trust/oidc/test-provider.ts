// A real OpenID Connect provider for the tests: `oidc-provider` on 127.0.0.1 with a random port,
// one confidential client, accounts given by the test, and interactions driven without a browser
// (a small cookie jar, and a login step the test answers by naming the account).
// Test-only: oidc-provider is a devDependency, and nothing outside tests imports this file.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type ProviderContext } from 'oidc-provider';
import { OIDC_ENV } from './config';

export interface TestAccount {
  sub: string;
  email?: string | null;
  emailVerified?: boolean;
}

export interface TestProviderOptions {
  /** Vigie's callback address the client is registered with. */
  redirectUri: string;
  accounts: TestAccount[];
  clientId?: string;
  clientSecret?: string;
  /**
   * Put the e-mail claims in the ID token too. By default the provider follows the specification
   * to the letter and gives them at the UserInfo endpoint only, which Vigie must then ask.
   */
  emailInIdToken?: boolean;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The environment that configures Vigie for this provider. */
  env(extra?: Record<string, string>): Record<string, string>;
  /** Adds or replaces an account. */
  setAccount(account: TestAccount): void;
  /**
   * Plays the browser at the provider: from the authorization address Vigie redirected to, through
   * the login step (as `account`, or cancelling), to the redirect back to Vigie, which is returned
   * without being followed.
   */
  authorize(authorizationUrl: string, as: string | { cancel: true }): Promise<URL>;
  close(): Promise<void>;
}

class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq < 1) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const gone = attrs.some((a) => {
        const [k = '', v = ''] = a.split('=').map((s) => s.trim());
        if (k.toLowerCase() === 'max-age') return Number(v) <= 0;
        if (k.toLowerCase() === 'expires') return Date.parse(v) <= Date.now();
        return false;
      });
      if (gone || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export async function startTestProvider(options: TestProviderOptions): Promise<TestProvider> {
  const clientId = options.clientId ?? 'vigie';
  const clientSecret = options.clientSecret ?? randomBytes(24).toString('base64url');
  const accounts = new Map(options.accounts.map((a) => [a.sub, a]));
  const redirect = new URL(options.redirectUri);

  let handle: (req: http.IncomingMessage, res: http.ServerResponse) => void = (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  const server = http.createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirect.href],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    cookies: { keys: [randomBytes(32).toString('hex')] },
    jwks: { keys: [jwk] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    conformIdTokenClaims: !options.emailInIdToken,
    pkce: { required: () => true },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 3600,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
    },
    async findAccount(_ctx: unknown, sub: string) {
      const a = accounts.get(sub);
      if (!a) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          ...(a.email != null ? { email: a.email, email_verified: a.emailVerified ?? true } : {}),
        }),
      };
    },
    // Vigie is a first-party client: no consent screen, the grant is made on the spot.
    async loadExistingGrant(ctx: ProviderContext) {
      const { client, session, result, provider: p } = ctx.oidc;
      const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return p.Grant.find(grantId);
      const grant = new p.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid email');
      await grant.save();
      return grant;
    },
  });
  // The provider reports refused requests as events; tests read the outcome from Vigie instead.
  provider.on('server_error', () => {});

  const callback = provider.callback();
  handle = (req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    const m = /^\/interaction\/([\w-]+)\/(login|abort)$/.exec(url.pathname);
    if (!m || req.method !== 'POST') {
      callback(req, res);
      return;
    }
    (async () => {
      const form = await readForm(req);
      const details = await provider.interactionDetails(req, res);
      let result: Record<string, unknown>;
      if (m[2] === 'abort') {
        result = { error: 'access_denied', error_description: 'The person cancelled.' };
      } else if (details.prompt.name === 'login') {
        result = { login: { accountId: form.get('account') ?? '' } };
      } else {
        const grant = new provider.Grant({ clientId, accountId: form.get('account') ?? undefined });
        grant.addOIDCScope('openid email');
        result = { consent: { grantId: await grant.save() } };
      }
      await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
    })().catch((e: unknown) => {
      res.statusCode = 500;
      res.end(String((e as Error)?.message ?? e));
    });
  };

  const isRedirect = (u: URL) => u.origin === redirect.origin && u.pathname === redirect.pathname;

  return {
    issuer,
    clientId,
    clientSecret,
    env(extra = {}) {
      return {
        [OIDC_ENV.issuer]: issuer,
        [OIDC_ENV.clientId]: clientId,
        [OIDC_ENV.clientSecret]: clientSecret,
        [OIDC_ENV.redirectUrl]: redirect.href,
        [OIDC_ENV.allowHttp]: '1',
        ...extra,
      };
    },
    setAccount(account) {
      accounts.set(account.sub, account);
    },
    async authorize(authorizationUrl, as) {
      const jar = new CookieJar();
      let url = new URL(authorizationUrl);
      if (url.origin !== issuer) throw new Error(`not this provider's address: ${url.origin}`);
      let init: RequestInit = {};
      for (let hop = 0; hop < 12; hop++) {
        const res = await fetch(url, {
          ...init,
          redirect: 'manual',
          headers: { ...(init.headers as Record<string, string>), cookie: jar.header() },
        });
        jar.take(res);
        const location = res.headers.get('location');
        await res.arrayBuffer();
        if (!location || res.status < 300 || res.status >= 400) {
          throw new Error(`the provider answered ${res.status} at ${url.pathname} without redirecting`);
        }
        const next = new URL(location, url);
        if (isRedirect(next)) return next;
        if (next.origin === issuer && /^\/interaction\/[\w-]+$/.test(next.pathname)) {
          const cancel = typeof as !== 'string';
          url = new URL(`${next.pathname}/${cancel ? 'abort' : 'login'}`, issuer);
          init = {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams(cancel ? {} : { account: as }).toString(),
          };
          continue;
        }
        if (next.origin !== issuer) throw new Error(`the provider redirected elsewhere: ${next.origin}`);
        url = next;
        init = {};
      }
      throw new Error('too many redirects at the provider');
    },
    close() {
      return new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
