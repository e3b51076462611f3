import { Admin, EditGuesser, ListGuesser, Resource, ShowGuesser } from 'react-admin';
import { dataProvider } from './providers/dataProvider';

/**
 * The resources, shown with react-admin's guessers until their own screens land.
 * `scorecards` is computed by the API and read-only.
 */
export const App = () => (
  <Admin title="Pilot Tracker" dataProvider={dataProvider} disableTelemetry>
    <Resource name="pilots" list={ListGuesser} show={ShowGuesser} edit={EditGuesser} recordRepresentation="name" />
    <Resource name="kpis" list={ListGuesser} show={ShowGuesser} edit={EditGuesser} recordRepresentation="name" />
    <Resource name="measurements" list={ListGuesser} show={ShowGuesser} edit={EditGuesser} />
    <Resource name="trainings" list={ListGuesser} show={ShowGuesser} edit={EditGuesser} recordRepresentation="title" />
    <Resource name="feedback" list={ListGuesser} show={ShowGuesser} edit={EditGuesser} />
    <Resource name="decisions" list={ListGuesser} show={ShowGuesser} edit={EditGuesser} />
    <Resource name="scorecards" list={ListGuesser} show={ShowGuesser} />
    <Resource name="users" list={ListGuesser} show={ShowGuesser} edit={EditGuesser} recordRepresentation="fullName" />
  </Admin>
);
