import { Admin, EditGuesser, ListGuesser, Resource, ShowGuesser } from 'react-admin';
import audit from './audit';
import { LoginPage } from './layout/LoginPage';
import pilots from './pilots';
import { authProvider as defaultAuthProvider } from './providers/authProvider';
import { dataProvider as defaultDataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import users from './users';
import type { AuthProvider, DataProvider } from 'react-admin';

interface AppProps {
  dataProvider?: DataProvider;
  authProvider?: AuthProvider;
}

/**
 * The resources. Those without screens of their own yet use react-admin's guessers;
 * `scorecards` and `audit` are computed or written by the API and read-only.
 */
export const App = ({ dataProvider = defaultDataProvider, authProvider = defaultAuthProvider }: AppProps) => (
  <Admin
    title="Pilot Tracker"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    loginPage={LoginPage}
    requireAuth
    disableTelemetry
  >
    <Resource name="pilots" {...pilots} />
    <Resource name="kpis" list={ListGuesser} show={ShowGuesser} edit={EditGuesser} recordRepresentation="name" />
    <Resource name="measurements" list={ListGuesser} show={ShowGuesser} edit={EditGuesser} />
    <Resource name="trainings" list={ListGuesser} show={ShowGuesser} edit={EditGuesser} recordRepresentation="title" />
    <Resource name="feedback" list={ListGuesser} show={ShowGuesser} edit={EditGuesser} />
    <Resource name="decisions" list={ListGuesser} show={ShowGuesser} edit={EditGuesser} />
    <Resource name="scorecards" list={ListGuesser} show={ShowGuesser} />
    <Resource name="users" {...users} />
    <Resource name="audit" {...audit} />
  </Admin>
);
