// The web app's entry: providers (theme, notifications, data cache, translations) and the pages.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dropzone/styles.css';
import './app/app.css';
import './i18n';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApiError } from './app/api';
import { NotFoundPage } from './app/NotFoundPage';
import { Shell } from './app/Shell';
import { theme } from './app/theme';
import { Loading } from './app/ui';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
    },
  },
});

const router = createBrowserRouter([
  {
    element: <Shell />,
    hydrateFallbackElement: <Loading />,
    // Each page is its own chunk: the charts library loads only with the overview.
    children: [
      {
        index: true,
        lazy: () => import('./registry/OverviewPage').then((m) => ({ Component: m.OverviewPage })),
      },
      {
        path: 'presences',
        lazy: () => import('./registry/PresencesPage').then((m) => ({ Component: m.PresencesPage })),
      },
      {
        path: 'presences/:id',
        lazy: () => import('./registry/PresencePage').then((m) => ({ Component: m.PresencePage })),
      },
      {
        path: 'import',
        lazy: () => import('./registry/ImportPage').then((m) => ({ Component: m.ImportPage })),
      },
      {
        path: 'data-imports',
        lazy: () => import('./imports/DataImportsPage').then((m) => ({ Component: m.DataImportsPage })),
      },
      { path: 'units', lazy: () => import('./registry/UnitsPage').then((m) => ({ Component: m.UnitsPage })) },
      {
        path: 'people',
        lazy: () => import('./registry/PeoplePage').then((m) => ({ Component: m.PeoplePage })),
      },
      { path: 'audits', lazy: () => import('./audit/AuditsPage').then((m) => ({ Component: m.AuditsPage })) },
      {
        path: 'audits/:id',
        lazy: () => import('./audit/AuditPage').then((m) => ({ Component: m.AuditPage })),
      },
      {
        path: 'audit-settings',
        lazy: () => import('./audit/AuditSettingsPage').then((m) => ({ Component: m.AuditSettingsPage })),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
}
