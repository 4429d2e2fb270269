import type { IncomingMessage } from 'node:http';
import { createHash } from 'node:crypto';
import { secretMatcher } from '../auth';

export type AccessVerdict =
  /** No token configured, or a valid bearer header or cookie. */
  | { kind: 'allowed' }
  /** A valid `?token=`: set this cookie and redirect to `location` (the URL without it). */
  | { kind: 'login'; cookie: string; location: string }
  | { kind: 'denied'; reason: string };

/**
 * Who may read the dashboard: with a token, `Authorization: Bearer TOKEN`, or `?token=TOKEN`
 * once, which sets an HttpOnly, SameSite=Strict cookie. The cookie holds a digest of the token
 * (not the token), and is named after the port: coordinators on one host keep theirs apart.
 * Every comparison is constant-time.
 */
export function createHttpAccess(
  token: string | undefined,
  port: number,
): (req: IncomingMessage, url: URL) => AccessVerdict {
  if (!token) return () => ({ kind: 'allowed' });
  const tokenMatches = secretMatcher(token);
  const cookieValue = createHash('sha256').update(`thresher-dashboard\n${token}`).digest('hex');
  const cookieMatches = secretMatcher(cookieValue);
  const cookieName = `thresher_dashboard_${port}`;
  return (req, url) => {
    const header = req.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer (.+)$/.exec(header);
      return match && tokenMatches(match[1] as string)
        ? { kind: 'allowed' }
        : { kind: 'denied', reason: 'invalid token' };
    }
    const query = url.searchParams.get('token');
    if (query !== null) {
      if (!tokenMatches(query)) return { kind: 'denied', reason: 'invalid token' };
      const clean = new URL(url);
      clean.searchParams.delete('token');
      return {
        kind: 'login',
        cookie: `${cookieName}=${cookieValue}; HttpOnly; SameSite=Strict; Path=/`,
        // Always a path of this dashboard: `/.//evil.example/` normalizes to `//evil.example/`,
        // which a browser reads as another host; one leading slash keeps it here.
        location: `/${clean.pathname.replace(/^[/\\]+/, '')}${clean.search}`,
      };
    }
    const cookie = cookieOf(req.headers.cookie, cookieName);
    if (cookie !== undefined) {
      return cookieMatches(cookie)
        ? { kind: 'allowed' }
        : { kind: 'denied', reason: 'invalid session cookie' };
    }
    return {
      kind: 'denied',
      reason: 'this coordinator needs a token: Authorization: Bearer TOKEN, or ?token=TOKEN once',
    };
  };
}

function cookieOf(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
