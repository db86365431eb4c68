import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { sessionKey } from "../features/auth/queries.ts";
import { ApiError, onSessionFetched } from "../lib/api.ts";

/**
 * One QueryClient for the app. A 401 anywhere means the session ended (expired, or signed out
 * elsewhere): refetching the session lets the route guards send the person to sign in.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.status === 401 && error.code === "unauthenticated") {
      void client.invalidateQueries({ queryKey: sessionKey });
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Refetching on focus could end a session mid-sentence; a real request finds out instead.
        refetchOnWindowFocus: false,
        // Only retry what might succeed next time: the network or the server, not our request.
        retry: (failures, error) =>
          failures < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
      },
    },
  });
  onSessionFetched((session) => client.setQueryData(sessionKey, session));
  return client;
}
