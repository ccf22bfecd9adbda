// The web app's entry: providers (theme, notifications, data cache, translations, the session) and
// the pages. Signing in and the first setup are public and drawn without the shell; every other page
// needs a session, and those a role does not open say so (the server refuses them anyway).
import './zod-config';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dropzone/styles.css';
import './app/app.css';
import './i18n';
import { type CSSVariablesResolver, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Outlet, RouterProvider } from 'react-router';
import { ApiError } from './app/api';
import { NotFoundPage } from './app/NotFoundPage';
import { Shell } from './app/Shell';
import { theme } from './app/theme';
import { Loading } from './app/ui';
import { RequirePermission } from './trust/RequirePermission';
import { RequireSession, SessionProvider } from './trust/session';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
    },
  },
});

/**
 * Secondary ("dimmed") text a shade darker than Mantine's gray 6 (#868e96, 3.3:1 on white): small
 * grey text must still reach WCAG's 4.5:1, on white and on the page's light grey.
 */
const cssVariables: CSSVariablesResolver = () => ({
  variables: {},
  // Error text (a field's message, its value) in the readable red 8 rather than Mantine's red 6.
  light: { '--mantine-color-dimmed': '#5f6670', '--mantine-color-error': 'var(--mantine-color-red-8)' },
  dark: {},
});

const router = createBrowserRouter([
  {
    element: (
      <SessionProvider>
        <Outlet />
      </SessionProvider>
    ),
    hydrateFallbackElement: <Loading />,
    children: [
      // Public: drawn without the shell.
      {
        path: 'signin',
        lazy: () => import('./trust/SignInPage').then((m) => ({ Component: m.SignInPage })),
      },
      {
        path: 'setup',
        lazy: () => import('./trust/SetupPage').then((m) => ({ Component: m.SetupPage })),
      },
      {
        element: (
          <RequireSession>
            <Shell />
          </RequireSession>
        ),
        // Each page is its own chunk: the charts library loads only with the overview.
        children: [
          {
            element: <RequirePermission anyOf={['registry.read']} />,
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
                path: 'units',
                lazy: () => import('./registry/UnitsPage').then((m) => ({ Component: m.UnitsPage })),
              },
              {
                path: 'people',
                lazy: () => import('./registry/PeoplePage').then((m) => ({ Component: m.PeoplePage })),
              },
            ],
          },
          {
            element: <RequirePermission anyOf={['inventory.import']} />,
            children: [
              {
                path: 'import',
                lazy: () => import('./registry/ImportPage').then((m) => ({ Component: m.ImportPage })),
              },
            ],
          },
          {
            element: <RequirePermission anyOf={['data.import', 'data.read']} />,
            children: [
              {
                path: 'data-imports',
                lazy: () =>
                  import('./imports/DataImportsPage').then((m) => ({ Component: m.DataImportsPage })),
              },
            ],
          },
          {
            element: <RequirePermission anyOf={['audit.read']} />,
            children: [
              {
                path: 'audits',
                lazy: () => import('./audit/AuditsPage').then((m) => ({ Component: m.AuditsPage })),
              },
              {
                path: 'audits/:id',
                lazy: () => import('./audit/AuditPage').then((m) => ({ Component: m.AuditPage })),
              },
            ],
          },
          {
            element: <RequirePermission anyOf={['audit.settings']} />,
            children: [
              {
                path: 'audit-settings',
                lazy: () =>
                  import('./audit/AuditSettingsPage').then((m) => ({ Component: m.AuditSettingsPage })),
              },
            ],
          },
          {
            element: <RequirePermission anyOf={['users.manage']} />,
            children: [
              {
                path: 'users',
                lazy: () => import('./trust/UsersPage').then((m) => ({ Component: m.UsersPage })),
              },
            ],
          },
          {
            element: <RequirePermission anyOf={['log.read']} />,
            children: [
              { path: 'log', lazy: () => import('./trust/LogPage').then((m) => ({ Component: m.LogPage })) },
            ],
          },
          {
            element: <RequirePermission anyOf={['reassign.manage']} />,
            children: [
              {
                path: 'reassignments',
                lazy: () =>
                  import('./trust/ReassignmentsPage').then((m) => ({ Component: m.ReassignmentsPage })),
              },
            ],
          },
          {
            path: 'policies',
            lazy: () => import('./trust/policies/PoliciesPage').then((m) => ({ Component: m.PoliciesPage })),
          },
          // The signed-in person's own work: open to anyone signed in (the API answers only theirs).
          {
            path: 'work',
            lazy: () => import('./work/WorkPage').then((m) => ({ Component: m.WorkPage })),
          },
          {
            path: 'account',
            lazy: () => import('./trust/AccountPage').then((m) => ({ Component: m.AccountPage })),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

/**
 * The nonce the server gave this page (index.html's `<meta property="csp-nonce">`): the `<style>`
 * elements Mantine adds carry it, since the Content-Security-Policy allows no other inline style.
 */
const styleNonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? '';
// Mantine's modals and drawers lock scrolling with react-remove-scroll, whose <style> element takes
// its nonce from this global (the get-nonce package).
if (styleNonce) (globalThis as { __webpack_nonce__?: string }).__webpack_nonce__ = styleNonce;

const root = document.getElementById('root');
if (root) {
  const app = createRoot(root);
  // A transition: the first render is then made in slices, between which the browser paints and
  // answers, rather than in one long task.
  startTransition(() =>
    app.render(
      <StrictMode>
        <MantineProvider
          theme={theme}
          defaultColorScheme="light"
          getStyleNonce={() => styleNonce}
          cssVariablesResolver={cssVariables}
        >
          <Notifications position="top-right" />
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </MantineProvider>
      </StrictMode>,
    ),
  );
}
