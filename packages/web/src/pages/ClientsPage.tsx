import { ClientsRoutes } from '../features/clients/ClientsRoutes.tsx';

/** The Clients section: list, client page, forms and the intake screen (features/clients). */
export function ClientsPage(): React.JSX.Element {
  return <ClientsRoutes />;
}
