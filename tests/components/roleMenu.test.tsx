import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/domain/types';
import { renderApp, signedInAs } from './renderApp';
import { listOf, server } from './server';

const EVERYONE = ['Dashboard', 'Compare pilots', 'Pilots', 'KPIs', 'Measurements', 'Trainings', 'Feedback', 'Scorecards', 'Decisions'];
const MENUS: Record<Role, string[]> = {
  admin: [...EVERYONE, 'Users', 'Integration tokens', 'Activity'],
  manager: [...EVERYONE, 'Integration tokens'],
  executive: [...EVERYONE, 'Activity'],
  trainer: EVERYONE,
};
const pilot = { id: 1, name: 'Online pay for water bills', category: 'e-payment', stage: 'running', region: 'Bretagne', ownerId: 2, startDate: '2026-01-01', endDate: '2026-12-31', targetUsers: 40000 };

describe('the menu follows the role', () => {
  it.each(Object.keys(MENUS) as Role[])('%s', async (role) => {
    signedInAs(role);
    server.use(listOf('pilots', [pilot]), listOf('users', [{ id: 2, fullName: 'Mehdi Benali', role: 'manager' }]), listOf('scorecards', []));
    renderApp('/pilots');
    await screen.findByText('Online pay for water bills');
    const menu = (await screen.findAllByRole('menuitem')).map((item) => item.textContent);
    expect(menu).toEqual(MENUS[role]);
    const canCreate = role === 'admin' || role === 'manager';
    expect(screen.queryByRole('link', { name: /create/i }) !== null).toBe(canCreate);
  });
});
