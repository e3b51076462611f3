import { Suspense, lazy, type ReactNode } from 'react';
import { Admin, CustomRoutes, Resource, type AuthProvider, type DataProvider } from 'react-admin';
import { Route } from 'react-router-dom';
import audit from './audit';
import { ComparePilots, Dashboard } from './dashboard';
import decisions from './decisions';
import feedback from './feedback';
import kpis from './kpis';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { darkTheme, lightTheme } from './layout/themes';
import measurements from './measurements';
import pilots from './pilots';
import { authProvider as defaultAuthProvider } from './providers/authProvider';
import { dataProvider as defaultDataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import scorecards from './scorecards';
import tokens from './tokens';
import trainings from './trainings';
import users from './users';

/** Pages of their own (no menu), loaded when opened: the report, and the public open-data and API pages. */
const PilotReport = lazy(() => import('./pilots/PilotReport').then((m) => ({ default: m.PilotReport })));
const OpenDataPage = lazy(() => import('./openData/OpenDataPage').then((m) => ({ default: m.OpenDataPage })));
const ApiReferencePage = lazy(() => import('./openData/ApiReferencePage').then((m) => ({ default: m.ApiReferencePage })));
const page = (element: ReactNode) => <Suspense fallback={null}>{element}</Suspense>;

interface AppProps {
  dataProvider?: DataProvider;
  authProvider?: AuthProvider;
}

export const App = ({ dataProvider = defaultDataProvider, authProvider = defaultAuthProvider }: AppProps) => (
  <Admin
    title="Pilot Tracker"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    loginPage={LoginPage}
    layout={Layout}
    dashboard={Dashboard}
    theme={lightTheme}
    darkTheme={darkTheme}
    requireAuth
    disableTelemetry
  >
    <Resource name="pilots" {...pilots} />
    <Resource name="kpis" {...kpis} />
    <Resource name="measurements" {...measurements} />
    <Resource name="trainings" {...trainings} />
    <Resource name="feedback" {...feedback} />
    <Resource name="scorecards" {...scorecards} />
    <Resource name="decisions" {...decisions} />
    <Resource name="users" {...users} />
    <Resource name="tokens" {...tokens} />
    <Resource name="audit" {...audit} />
    <CustomRoutes>
      <Route path="/compare" element={<ComparePilots />} />
    </CustomRoutes>
    <CustomRoutes noLayout>
      <Route path="/pilots/:id/report" element={page(<PilotReport />)} />
      <Route path="/open-data" element={page(<OpenDataPage />)} />
      <Route path="/api-reference" element={page(<ApiReferencePage />)} />
    </CustomRoutes>
  </Admin>
);
