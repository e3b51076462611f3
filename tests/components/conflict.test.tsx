/**
 * Two people edit the same pilot: the second to save is told, sees what the other changed, and
 * keeps the other's version or applies their own change again on top of it. Nothing is lost.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Pilot } from '@/domain/types';
import { USERS, buildPilot, buildScorecard } from './builders';
import { renderApp, signedInAs } from './renderApp';
import { API, listOf, recordWrites, server } from './server';

const opened = buildPilot({ id: 1, version: 3, targetUsers: 4000, region: 'Bretagne' });
/** What a colleague saved meanwhile: more target users. */
const theirs: Pilot = { ...opened, version: 4, targetUsers: 5200 };

/**
 * The API: serves version 3 when the page opens, then a colleague saves version 4; it refuses a
 * save based on version 3 with the current record, and accepts one based on version 4.
 */
function apiWithAConcurrentSave() {
  let stored = opened;
  const reads = http.get(`${API}/pilots/:id`, () => {
    const answer = stored;
    stored = theirs;
    return HttpResponse.json(answer);
  });
  const saves = recordWrites('put', 'pilots/:id', (body) =>
    body.version === theirs.version
      ? HttpResponse.json({ ...body, id: 1, version: theirs.version + 1 })
      : HttpResponse.json(
          { message: 'Someone else changed this record since you opened it (version 3, now 4): reload it, or apply your change again', errors: { version: 'The record is now at version 4' }, current: theirs },
          { status: 409 },
        ),
  );
  server.use(saves.handler, reads, listOf('pilots', [opened]), listOf('users', USERS), listOf('scorecards', [buildScorecard()]), listOf('audit', []));
  return saves;
}

async function changeRegionAndSave() {
  const user = userEvent.setup();
  const region = await screen.findByRole('textbox', { name: /^region/i });
  await user.clear(region);
  await user.type(region, 'Normandie');
  await user.click(screen.getByRole('button', { name: /save/i }));
  return user;
}

describe('editing a pilot someone else just changed', () => {
  it('says so, shows both changes, and applies mine again on top of theirs', async () => {
    signedInAs('admin');
    const saves = apiWithAConcurrentSave();
    renderApp('/pilots/1');
    const user = await changeRegionAndSave();

    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this record' });
    // Not a mistake in the form: no "the form is not valid" message.
    expect(screen.queryByText(/form is not valid/i)).not.toBeInTheDocument();
    const targetRow = within(dialog).getByRole('rowheader', { name: 'Target users' }).closest('tr') as HTMLElement;
    expect(within(targetRow).getByText('5,200')).toBeInTheDocument();
    const regionRow = within(dialog).getByRole('rowheader', { name: 'Region' }).closest('tr') as HTMLElement;
    expect(within(regionRow).getByText('Normandie')).toBeInTheDocument();
    expect(saves.bodies[0]).toMatchObject({ version: 3, region: 'Normandie' });

    await user.click(within(dialog).getByRole('button', { name: 'Apply my change again' }));
    await waitFor(() => expect(saves.bodies).toHaveLength(2));
    // Their target users kept, my region applied, on their version.
    expect(saves.bodies[1]).toMatchObject({ version: 4, targetUsers: 5200, region: 'Normandie' });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('or keeps their version, shown in the form', async () => {
    signedInAs('admin');
    const saves = apiWithAConcurrentSave();
    renderApp('/pilots/1');
    const user = await changeRegionAndSave();
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this record' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep their version' }));
    await waitFor(() => expect(screen.getByRole('spinbutton', { name: /^target users/i })).toHaveValue(5200));
    expect(screen.getByRole('textbox', { name: /^region/i })).toHaveValue('Bretagne');
    expect(saves.bodies).toHaveLength(1);
  });
});
