import type { Credential, User } from '../../src/domain/types';
import { hashPasswordSync } from '../auth/passwords';
import { DEMO_PASSWORD, PEOPLE } from './catalogue';
import type { Random } from './random';

export const generateUsers = (): User[] => PEOPLE.map((person, index) => ({ id: index + 1, ...person, active: true, version: 1 }));

const hashes = new Map<string, string>();

/** Every demo account signs in with the demo password; salts come from the seeded generator. */
export function generateCredentials(users: readonly User[], random: Random): Credential[] {
  return users.map((user, index) => {
    const salt = Buffer.from(Array.from({ length: 16 }, () => random.int(0, 255)));
    const key = salt.toString('hex');
    if (!hashes.has(key)) hashes.set(key, hashPasswordSync(DEMO_PASSWORD, salt));
    return { id: index + 1, userId: user.id, passwordHash: hashes.get(key)! };
  });
}
