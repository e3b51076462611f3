import { Suspense, useState, type ReactNode } from 'react';
import { Admin, CustomRoutes, Resource, type AuthProvider, type DataProvider, type I18nProvider } from 'react-admin';
import { Route } from 'react-router-dom';
import audit from './audit';
import decisions from './decisions';
import feedback from './feedback';
import kpis from './kpis';
import { LazyLayout } from './layout/LazyLayout';
import { lazyView } from './layout/lazyView';
import { NotFound } from './layout/NotFound';
import { LoginPage } from './layout/LoginPage';
import { darkTheme, lightTheme } from './layout/themes';
import measurements from './measurements';
import pilots from './pilots';
import { authProvider as defaultAuthProvider } from './providers/authProvider';
import { dataProvider as defaultDataProvider } from './providers/dataProvider';
import { i18nProvider as defaultI18nProvider } from './providers/i18nProvider';
import { createQueryClient } from './providers/queryClient';
import scorecards from './scorecards';
import tokens from './tokens';
import trainings from './trainings';
import users from './users';

const Dashboard = lazyView(() => import('./dashboard'), 'Dashboard');
const ComparePilots = lazyView(() => import('./dashboard'), 'ComparePilots');
/** Pages of their own (no menu), loaded when opened: the report, and the public open-data and API pages. */
const PilotReport = lazyView(() => import('./pilots/PilotReport'), 'PilotReport');
const OpenDataPage = lazyView(() => import('./openData/OpenDataPage'), 'OpenDataPage');
const ApiReferencePage = lazyView(() => import('./openData/ApiReferencePage'), 'ApiReferencePage');
const page = (element: ReactNode) => <Suspense fallback={null}>{element}</Suspense>;

interface AppProps {
  dataProvider?: DataProvider;
  authProvider?: AuthProvider;
  i18nProvider?: I18nProvider;
}

export const App = ({ dataProvider = defaultDataProvider, authProvider = defaultAuthProvider, i18nProvider = defaultI18nProvider }: AppProps) => {
  const [queryClient] = useState(createQueryClient);
  return (
    <Admin
      queryClient={queryClient}
      title="Pilot Tracker"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      loginPage={LoginPage}
      layout={LazyLayout}
      catchAll={NotFound}
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
};
