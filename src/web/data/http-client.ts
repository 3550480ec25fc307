/**
 * The web app's typed client for the HTTP API. It imports only types from the schemas, so it adds no
 * validation library to the browser bundle. Built once, by the composition root (create-web-data.ts).
 */
import type { ApiResult } from '../../api/api-result.js';
import type { CutsAnswer, PhaseAnswer, ReadinessAnswer, TrendsAnswer } from '../../api/insight-schemas.js';
import type {
  Account,
  ChangePasswordBody,
  Checkin,
  CheckinBody,
  Credentials,
  DeleteAccountBody,
  ErrorBody,
  EventBody,
  RedFlagEvent,
  RedFlagView,
  SessionInfo,
  SignupResult,
  SymptomView,
} from '../../api/schemas.js';
import type { HoldBody, MedicationView, PlanInputBody, PlanView, SavedPlan } from '../../api/plan-schemas.js';
import type { AssessmentBody, AssessmentPromptView, AssessmentView, InstrumentView } from '../../api/assessment-schemas.js';
import type { AdherenceView, DoseBody, DoseView } from '../../api/dose-schemas.js';
import type { MySymptom, OwnSymptomBody } from '../../api/schemas.js';
import type { ImportAnswer } from '../../api/import-schemas.js';
import type { CreatedShare, CreateShareBody, ShareList } from '../../api/share-schemas.js';

export interface ClientOptions {
  readonly baseUrl: string;
  readonly fetch: typeof fetch;
  /** A request with no answer by then fails as a network error, so a stalled connection never blocks syncing. */
  readonly timeoutMs?: number;
  /** Told whenever the server answers that no session stands behind a request (see session/use-session.ts). */
  readonly onUnauthenticated?: () => void;
}

/** Must match the server's ACCOUNT_HEADER (src/server/auth/sessions.ts). */
const ACCOUNT_HEADER = 'x-taper-account';
const DEFAULT_TIMEOUT_MS = 20_000;

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function createClient(options: ClientOptions) {
  const { baseUrl, fetch: doFetch, timeoutMs = DEFAULT_TIMEOUT_MS, onUnauthenticated } = options;
  let csrfToken: string | undefined;
  /** The account this client acts for, sent with each request so the server refuses it for anyone else. */
  let accountId: string | undefined;

  async function fetchCsrfToken(): Promise<string | undefined> {
    const res = await doFetch(`${baseUrl}/api/v1/csrf`, {
      credentials: 'same-origin',
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok) return undefined;
    const body = (await res.json()) as { token: string };
    return body.token;
  }

  async function send<T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
    const result = await attempt<T>(method, path, body);
    if (result.ok || result.error.code !== 'csrf_failed') return result;
    // A token can go stale when the session changes (sign-in, sign-out); fetch a fresh one once.
    csrfToken = undefined;
    return attempt<T>(method, path, body);
  }

  async function attempt<T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (accountId !== undefined) headers[ACCOUNT_HEADER] = accountId;
    try {
      if (UNSAFE_METHODS.has(method)) {
        csrfToken ??= await fetchCsrfToken();
        if (csrfToken) headers['x-csrf-token'] = csrfToken;
      }
      const res = await doFetch(`${baseUrl}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        signal: AbortSignal.timeout(timeoutMs),
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (res.status === 204) return { ok: true, value: undefined as T };
      const payload: unknown = await res.json();
      if (res.ok) return { ok: true, value: payload as T };
      const error = (payload as ErrorBody).error;
      if (error.code === 'unauthenticated') onUnauthenticated?.();
      const retryAfter = Number(res.headers.get('retry-after') ?? Number.NaN);
      return {
        ok: false,
        error: {
          code: error.code,
          message: error.message,
          status: res.status,
          ...(error.field ? { field: error.field } : {}),
          ...(Number.isFinite(retryAfter) ? { retryAfterSeconds: retryAfter } : {}),
        },
      };
    } catch (cause) {
      return { ok: false, error: { code: 'network_error', message: String(cause), status: 0 } };
    }
  }

  const enc = encodeURIComponent;

  /**
   * Signing in or out (and ending sessions or the account) rotates the server's CSRF secret, so the cached token
   * is dropped and the next unsafe request fetches a fresh one rather than failing once first.
   */
  async function rotating<T>(result: Promise<ApiResult<T>>): Promise<ApiResult<T>> {
    const settled = await result;
    csrfToken = undefined;
    return settled;
  }

  return {
    /** Names the account later requests act for (undefined: none, e.g. while signing in). */
    actAs(id: string | undefined): void {
      accountId = id;
    },
    /** Signs in to the pair's account when there is one (`existingAccount`), otherwise makes one; 201 either way. */
    signup: (credentials: Credentials) => rotating(send<SignupResult>('POST', '/api/v1/auth/signup', credentials)),
    login: (credentials: Credentials) => rotating(send<Account>('POST', '/api/v1/auth/login', credentials)),
    logout: () => rotating(send<undefined>('POST', '/api/v1/auth/logout')),
    me: () => send<Account>('GET', '/api/v1/auth/me'),
    /** Every other session ends; this one stays signed in. */
    changePassword: (body: ChangePasswordBody) => send<undefined>('POST', '/api/v1/auth/password', body),
    sessions: () => send<{ sessions: SessionInfo[] }>('GET', '/api/v1/auth/sessions'),
    /** Ends one of the person's sessions (this one included, which signs this browser out). */
    endSession: (id: string) => rotating(send<undefined>('DELETE', `/api/v1/auth/sessions/${enc(id)}`)),
    /** Ends every session of the person, this one included. */
    logoutAll: () => rotating(send<undefined>('POST', '/api/v1/auth/logout-all')),
    /** Merges an export file (parsed, unchecked: the server checks it) into the account; nothing is replaced. */
    importFile: (file: unknown) => send<ImportAnswer>('POST', '/api/v1/import', file),
    shares: () => send<ShareList>('GET', '/api/v1/shares'),
    /** Makes a read-only link; its `path` is answered this once. */
    createShare: (body: CreateShareBody) => send<CreatedShare>('POST', '/api/v1/shares', body),
    revokeShare: (id: string) => send<undefined>('DELETE', `/api/v1/shares/${enc(id)}`),
    /** Erases the account and everything stored for it. */
    deleteAccount: (body: DeleteAccountBody) => rotating(send<undefined>('DELETE', '/api/v1/auth/account', body)),
    symptoms: () => send<{ symptoms: SymptomView[] }>('GET', '/api/v1/symptoms'),
    redFlags: () => send<{ redFlags: RedFlagView[]; supplyFlags: RedFlagView[] }>('GET', '/api/v1/red-flags'),
    getCheckin: (date: string) => send<Checkin>('GET', `/api/v1/checkins/${enc(date)}`),
    putCheckin: (date: string, body: CheckinBody) => send<Checkin>('PUT', `/api/v1/checkins/${enc(date)}`, body),
    deleteCheckin: (date: string) => send<undefined>('DELETE', `/api/v1/checkins/${enc(date)}`),
    listCheckins: (range: { from?: string; to?: string } = {}) => {
      const qs = new URLSearchParams(range).toString();
      return send<{ checkins: Checkin[] }>('GET', `/api/v1/checkins${qs ? `?${qs}` : ''}`);
    },
    recordEvent: (body: EventBody) => send<RedFlagEvent>('POST', '/api/v1/events', body),
    listEvents: () => send<{ events: RedFlagEvent[] }>('GET', '/api/v1/events'),
    /** Undo of an event recorded by mistake (see routes/events.ts). */
    deleteEvent: (id: string) => send<undefined>('DELETE', `/api/v1/events/${enc(id)}`),
    /** The person says it is safe to go on after this event: the plan's pause for it ends today. */
    confirmEvent: (id: string) => send<RedFlagEvent>('POST', `/api/v1/events/${enc(id)}/confirm`),
    medications: () => send<{ medications: MedicationView[] }>('GET', '/api/v1/medications'),
    previewPlan: (input: PlanInputBody) => send<PlanView>('POST', '/api/v1/plans/preview', input),
    savePlan: (input: PlanInputBody) => send<SavedPlan>('PUT', '/api/v1/plan', input),
    getPlan: () => send<SavedPlan>('GET', '/api/v1/plan'),
    addHold: (hold: HoldBody) => send<SavedPlan>('POST', '/api/v1/plan/holds', hold),
    mySymptoms: () => send<{ symptoms: MySymptom[] }>('GET', '/api/v1/me/symptoms'),
    pinSymptom: (id: string, pinned: boolean) =>
      send<MySymptom>('PUT', `/api/v1/me/symptoms/${enc(id)}/pin`, { pinned }),
    addOwnSymptom: (body: OwnSymptomBody) => send<MySymptom>('POST', '/api/v1/me/symptoms', body),
    retireOwnSymptom: (id: string) => send<undefined>('DELETE', `/api/v1/me/symptoms/${enc(id)}`),
    instruments: () => send<{ instruments: InstrumentView[] }>('GET', '/api/v1/instruments'),
    recordAssessment: (body: AssessmentBody) => send<AssessmentView>('POST', '/api/v1/assessments', body),
    listAssessments: (query: { instrument?: string; from?: string; to?: string } = {}) => {
      const qs = new URLSearchParams(query).toString();
      return send<{ assessments: AssessmentView[] }>('GET', `/api/v1/assessments${qs ? `?${qs}` : ''}`);
    },
    assessmentPrompt: () => send<AssessmentPromptView>('GET', '/api/v1/assessments/prompt'),
    checkinVersions: (date: string) => send<{ versions: unknown[] }>('GET', `/api/v1/checkins/${enc(date)}/versions`),
    logDose: (body: DoseBody) => send<DoseView>('POST', '/api/v1/doses', body),
    listDoses: (range: { from?: string; to?: string } = {}) => {
      const qs = new URLSearchParams(range).toString();
      return send<{ doses: DoseView[] }>('GET', `/api/v1/doses${qs ? `?${qs}` : ''}`);
    },
    deleteDose: (id: string) => send<undefined>('DELETE', `/api/v1/doses/${enc(id)}`),
    adherence: (range: { from?: string; to?: string } = {}) => {
      const qs = new URLSearchParams(range).toString();
      return send<AdherenceView>('GET', `/api/v1/adherence${qs ? `?${qs}` : ''}`);
    },
    insightsPhase: (date: string) => send<PhaseAnswer>('GET', `/api/v1/insights/phase?date=${enc(date)}`),
    insightsTrends: (range: { from: string; to: string }) =>
      send<TrendsAnswer>('GET', `/api/v1/insights/trends?${new URLSearchParams(range).toString()}`),
    insightsCuts: () => send<CutsAnswer>('GET', '/api/v1/insights/cuts'),
    insightsReadiness: (date: string) =>
      send<ReadinessAnswer>('GET', `/api/v1/insights/readiness?date=${enc(date)}`),
    /** Address of daily reminders as an iCalendar file: a check-in time (or 'none') and dose times, HH:MM. */
    remindersCalendarUrl: (checkinTime: string, doseTimes: readonly string[]) =>
      `${baseUrl}/api/v1/reminders.ics?checkinTime=${enc(checkinTime)}&doseTimes=${enc(doseTimes.join(','))}`,
    /** Address of the plan as an iCalendar file, for a download link. */
    planCalendarUrl: (reminder: boolean) => `${baseUrl}/api/v1/plan.ics?reminder=${String(reminder)}`,
  };
}

export type ApiClient = ReturnType<typeof createClient>;
