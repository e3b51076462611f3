/**
 * The role table of the sign-in issue, written out here on its own (not read from the code): for
 * every role, resource and verb, the status expected, and for refused calls proof that the data
 * file did not change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@/domain/types';
import { clientFor, signIn, startApi, type Client, type TestApi } from '../support/apiServer';
import { buildDecision, buildFeedback, buildKpi, buildMeasurement, buildPilot, buildTraining, buildUser } from '../support/builders';

type Verb = 'list' | 'show' | 'create' | 'update' | 'delete';
/** y: allowed; n: refused (403); o: allowed on what the user owns, refused on the rest; x: 405 for everyone. */
type Right = 'y' | 'n' | 'o' | 'x';

//                 list show create update delete
const TABLE: Record<string, Record<Role, string>> = {
  pilots: /*     */ { admin: 'yyyyy', manager: 'yyyoo', executive: 'yynnn', trainer: 'yynnn' },
  kpis: /*       */ { admin: 'yyyyy', manager: 'yyooo', executive: 'yynnn', trainer: 'yynnn' },
  measurements: /**/ { admin: 'yyyyy', manager: 'yyooo', executive: 'yynnn', trainer: 'yynnn' },
  trainings: /*  */ { admin: 'yyyyy', manager: 'yynnn', executive: 'yynnn', trainer: 'yyyoo' },
  feedback: /*   */ { admin: 'yyyyy', manager: 'yyooo', executive: 'yyynn', trainer: 'yyynn' },
  decisions: /*  */ { admin: 'yyyyy', manager: 'yynnn', executive: 'yyynn', trainer: 'yynnn' },
  scorecards: /* */ { admin: 'yyxxx', manager: 'yyxxx', executive: 'yyxxx', trainer: 'yyxxx' },
  users: /*      */ { admin: 'yyyyy', manager: 'yynnn', executive: 'yynnn', trainer: 'yynnn' },
  audit: /*      */ { admin: 'yyxxx', manager: 'nnxxx', executive: 'yyxxx', trainer: 'nnxxx' },
};
const VERBS: Verb[] = ['list', 'show', 'create', 'update', 'delete'];
const ROLES: Role[] = ['admin', 'manager', 'executive', 'trainer'];
const MANAGER_ID = 2;
const PEOPLE_IDS = { trainer: 4 } as const;
const OTHER_MANAGER_ID = 5;

let api: TestApi;
const clients = {} as Record<Role, Client>;
let otherTrainer: Client;
/** Pilots owned by the demo manager and by another manager, with a KPI each. */
const fixtures = { ownPilot: 0, otherPilot: 0, ownKpi: 0, otherKpi: 0, undecided: [] as number[] };

const idOf = (response: { status: number; body: unknown }) => {
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return (response.body as { id: number }).id;
};

beforeAll(async () => {
  api = await startApi();
  for (const role of ROLES) clients[role] = await api.as(role);
  otherTrainer = clientFor(api.url, await signIn(api.url, 'lea.rousseau@example.org'));
  fixtures.ownPilot = idOf(await api.call('/pilots', { method: 'POST', body: buildPilot({ ownerId: MANAGER_ID }) }));
  fixtures.otherPilot = idOf(await api.call('/pilots', { method: 'POST', body: buildPilot({ ownerId: OTHER_MANAGER_ID }) }));
  fixtures.ownKpi = idOf(await api.call('/kpis', { method: 'POST', body: buildKpi(fixtures.ownPilot) }));
  fixtures.otherKpi = idOf(await api.call('/kpis', { method: 'POST', body: buildKpi(fixtures.otherPilot) }));
  // One pilot per decision created: a second decision on a pilot must name the first.
  for (const _role of ROLES) fixtures.undecided.push(idOf(await api.call('/pilots', { method: 'POST', body: buildPilot() })));
});
afterAll(() => api.close());

interface Subject {
  /** A new record to create; `own` says whether it belongs to the acting user. */
  create(own: boolean): Record<string, unknown>;
  /** Makes a record to update or delete (as admin, or as the trainer for own trainings). */
  make(own: boolean): Promise<number>;
  change: Record<string, unknown>;
}

const SUBJECTS: Record<string, Subject> = {
  pilots: {
    create: () => buildPilot({ ownerId: MANAGER_ID }),
    make: async (own) => idOf(await api.call('/pilots', { method: 'POST', body: buildPilot({ ownerId: own ? MANAGER_ID : OTHER_MANAGER_ID }) })),
    change: { region: 'Grand Est' },
  },
  kpis: {
    create: (own) => buildKpi(own ? fixtures.ownPilot : fixtures.otherPilot, { name: 'Processing time', kind: 'time', unit: 'days', direction: 'decrease', baseline: 20, target: 5 }),
    make: async (own) => idOf(await api.call('/kpis', { method: 'POST', body: buildKpi(own ? fixtures.ownPilot : fixtures.otherPilot) })),
    change: { target: 95 },
  },
  measurements: {
    create: (own) => buildMeasurement(own ? fixtures.ownKpi : fixtures.otherKpi),
    make: async (own) => idOf(await api.call('/measurements', { method: 'POST', body: buildMeasurement(own ? fixtures.ownKpi : fixtures.otherKpi) })),
    change: { value: 77 },
  },
  trainings: {
    create: () => buildTraining(fixtures.ownPilot),
    make: async (own) => idOf(await (own ? clients.trainer : otherTrainer).call('/trainings', { method: 'POST', body: buildTraining(fixtures.ownPilot) })),
    change: { completed: 10 },
  },
  feedback: {
    create: (own) => buildFeedback(own ? fixtures.ownPilot : fixtures.otherPilot),
    make: async (own) => idOf(await api.call('/feedback', { method: 'POST', body: buildFeedback(own ? fixtures.ownPilot : fixtures.otherPilot) })),
    change: { status: 'acknowledged' },
  },
  decisions: {
    create: () => buildDecision(fixtures.undecided.pop() ?? fixtures.otherPilot, { decision: 'stop' }),
    make: async () => {
      const pilot = idOf(await api.call('/pilots', { method: 'POST', body: buildPilot() }));
      return idOf(await api.call('/decisions', { method: 'POST', body: buildDecision(pilot) }));
    },
    change: { rationale: 'Reworded rationale' },
  },
  users: {
    create: () => buildUser(),
    make: async () => idOf(await api.call('/users', { method: 'POST', body: buildUser({ role: 'trainer' }) })),
    change: { fullName: 'Renamed Person' },
  },
  scorecards: { create: () => ({}), make: async () => 1, change: { readiness: 1 } },
  audit: { create: () => ({}), make: async () => 1, change: { action: 'login' } },
};

const cases = Object.entries(TABLE).flatMap(([resource, rights]) =>
  ROLES.flatMap((role) =>
    VERBS.flatMap((verb, index) => {
      const right = rights[role][index] as Right;
      const owned = right === 'o' ? [true, false] : [true];
      return owned.map((own) => ({
        resource,
        role,
        verb,
        right,
        own,
        expected: right === 'x' ? 405 : right === 'n' || (right === 'o' && !own) ? 403 : verb === 'create' ? 201 : 200,
        label: right === 'o' ? (own ? 'own' : "others'") : '',
      }));
    }),
  ),
);

describe('what each role may do', () => {
  it.each(cases)('$role $verb $label $resource -> $expected', async ({ resource, role, verb, own, expected }) => {
    const subject = SUBJECTS[resource];
    const client = clients[role];
    const target = verb === 'update' || verb === 'delete' ? await subject.make(own) : 1;
    const before = (await api.readDataFile());
    const response =
      verb === 'list'
        ? await client.call(`/${resource}?range=[0,4]`)
        : verb === 'show'
          ? await client.call(`/${resource}/1`)
          : verb === 'create'
            ? await client.call(`/${resource}`, { method: 'POST', body: subject.create(own) })
            : verb === 'update'
              ? await client.call(`/${resource}/${target}`, { method: 'PUT', body: subject.change })
              : await client.call(`/${resource}/${target}`, { method: 'DELETE' });
    expect(response.status, JSON.stringify(response.body)).toBe(expected);
    if (expected >= 400) {
      expect((response.body as { message: string }).message).toBeTruthy();
      expect((await api.readDataFile()), 'a refused call changed the data file').toBe(before);
    }
  });
});

describe("a trainer's own session", () => {
  it('may be deleted by its trainer on the day it was recorded, not on a later day', async () => {
    const recordedEarlier = (await api.readDatabase()).trainings.find((t) => t.trainerId === PEOPLE_IDS.trainer && t.recordedAt && !t.recordedAt.startsWith(new Date().toISOString().slice(0, 10)))!;
    const before = (await api.readDataFile());
    const refused = await clients.trainer.call(`/trainings/${recordedEarlier.id}`, { method: 'DELETE' });
    expect(refused.status).toBe(403);
    expect((refused.body as { message: string }).message).toMatch(/on the day they recorded them/);
    expect((await api.readDataFile())).toBe(before);
    const justNow = idOf(await clients.trainer.call('/trainings', { method: 'POST', body: buildTraining(fixtures.ownPilot) }));
    expect((await clients.trainer.call(`/trainings/${justNow}`, { method: 'DELETE' })).status).toBe(200);
  });
});
