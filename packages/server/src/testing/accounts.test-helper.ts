import { ROLES, type Role } from '../access/access-table.ts';
import { DEFAULT_AUTH_CONFIG, type AuthConfig } from '../features/auth/auth-config.ts';
import { hashPassword } from '../features/auth/passwords.ts';
import { usersRepository } from '../features/users/repository.ts';
import type { Clinic, ClinicStore } from '../store/store.ts';

/** The password every seeded staff member has (a passphrase zxcvbn accepts). */
export const STAFF_PASSWORD = 'harbour lantern quietly 42';

/** One seeded staff member. */
export interface StaffMember {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
}

/** A seeded clinic with one staff member per role. */
export interface SeededClinic {
  readonly clinic: Clinic;
  readonly staff: Record<Role, StaffMember>;
}

const NAMES: Record<Role, string> = {
  owner: 'Olive Owner',
  therapist: 'Theo Therapist',
  'front-desk': 'Frankie Desk',
  student: 'Sam Student',
};

/** Creates a clinic and one active account per role, straight through the repositories (no HTTP). */
export async function seedClinicStaff(
  store: ClinicStore,
  name: string,
  slug: string,
  config: AuthConfig = DEFAULT_AUTH_CONFIG,
): Promise<SeededClinic> {
  const clinic = await store.createClinic({ name });
  const passwordHash = await hashPassword(STAFF_PASSWORD, config);
  const staff = {} as Record<Role, StaffMember>;
  await store.run({ kind: 'clinic', clinicId: clinic.id }, async (tx) => {
    for (const role of ROLES) {
      const now = store.deps.now();
      const member: StaffMember = {
        id: store.deps.newId(),
        email: `${role}@${slug}.example`,
        displayName: `${NAMES[role]} of ${name}`,
        role,
      };
      await usersRepository.insert(tx, {
        id: member.id,
        clinic_id: clinic.id,
        email: member.email,
        display_name: member.displayName,
        role,
        password_hash: passwordHash,
        disabled_at: null,
        version: 1,
        created_at: now,
        updated_at: now,
      });
      staff[role] = member;
    }
  });
  return { clinic, staff };
}

/** A reply as tests read it. */
export interface ApiReply {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  json<T = Record<string, unknown>>(): T;
}

/** A browser-like HTTP client: keeps cookies and echoes the CSRF cookie in x-csrf-token. */
export class ApiClient {
  readonly cookies = new Map<string, string>();

  constructor(private readonly base: string) {}

  /** Sends a request; JSON body when given. `csrf: false` leaves the CSRF header out. */
  async send(
    method: string,
    path: string,
    body?: unknown,
    options: { csrf?: boolean } = {},
  ): Promise<ApiReply> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.cookies.get('myomap_csrf');
    if (csrf !== undefined && options.csrf !== false) headers['x-csrf-token'] = csrf;
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (pair === undefined || eq < 0) continue;
      const key = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(cookie)) this.cookies.delete(key);
      else this.cookies.set(key, value);
    }
    const text = await res.text();
    return {
      status: res.status,
      headers: res.headers,
      text,
      json: <T>() => JSON.parse(text) as T,
    };
  }

  /** Signs in; throws unless 200. */
  async login(email: string, password = STAFF_PASSWORD): Promise<this> {
    const reply = await this.send('POST', '/api/auth/login', { email, password });
    if (reply.status !== 200) throw new Error(`login ${email} gave ${reply.status}: ${reply.text}`);
    return this;
  }
}
