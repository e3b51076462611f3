import type { User } from '../../src/domain/types';
import { PEOPLE } from './catalogue';

export const generateUsers = (): User[] => PEOPLE.map((person, index) => ({ id: index + 1, ...person }));
