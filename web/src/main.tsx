import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import './i18n';
import './styles.css';
import './registry.css';
import { PreferencesProvider } from './prefs/preferences';
import { ThemeProvider } from './prefs/theme-provider';
import { AppRoutes } from './routes';
import { ApiError } from './api/client';
import { keepScrollingTablesFocusable } from './components/scrolling-tables';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // 4xx answers are final (forbidden, not found, signed out); only network trouble is retried.
      retry: (count, err) => count < 2 && (!(err instanceof ApiError) || err.status === 0 || err.status >= 500),
      refetchOnWindowFocus: false,
    },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
keepScrollingTablesFocusable();
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <PreferencesProvider>
        <ThemeProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </ThemeProvider>
      </PreferencesProvider>
    </QueryClientProvider>
  </StrictMode>,
);
