import { Suspense, lazy, type ReactNode } from 'react';

const Layout = lazy(() => import('./Layout').then((m) => ({ default: m.Layout })));

/** The signed-in layout (app bar, menu, status), loaded after sign-in rather than with the sign-in page. */
export const LazyLayout = ({ children }: { children: ReactNode }) => (
  <Suspense fallback={null}>
    <Layout>{children}</Layout>
  </Suspense>
);
