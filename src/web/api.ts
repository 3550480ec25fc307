import { createClient, type ApiClient } from '../api/client.js';

/** The one API client for the app: same origin, cookie session, CSRF handled by the client. */
export const api: ApiClient = createClient({ baseUrl: '', fetch: window.fetch.bind(window) });
