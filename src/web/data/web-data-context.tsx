/**
 * How screens reach the records port: through context, never by importing a module, so a test can render
 * any screen over a memory store and a fake clock (see data/test-web-data.ts).
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { WebData } from './create-web-data.js';
import type { Records } from './records.js';

const WebDataContext = createContext<WebData | undefined>(undefined);

export function WebDataProvider({ data, children }: { readonly data: WebData; readonly children: ComponentChildren }) {
  return <WebDataContext.Provider value={data}>{children}</WebDataContext.Provider>;
}

export function useWebData(): WebData {
  const data = useContext(WebDataContext);
  if (!data) throw new Error('useWebData needs a WebDataProvider above it (main.tsx, or the test helper)');
  return data;
}

/** The one records port: every read and write of a person's records. */
export function useRecords(): Records {
  return useWebData().records;
}
