// The navigation of the command post: one line per capability. A capability
// is a folder under src/ whose page component receives the rest of the path.
// Adding one = adding its folder and a line here.

import { lazyPage, type LazyComponent } from './core/lazy';
import type { Permission } from './core/types';
import { prefetchMap } from './map/prefetch';

export interface PageProps {
  /** The path below the capability's own, e.g. "/objek/12" under "/registri". */
  subpath: string;
}

export interface Capability {
  path: string;
  label: { id: string; en: string };
  /** Shown only to roles that hold this permission. */
  permission?: Permission;
  component: LazyComponent<PageProps>;
  /** Optional: starts fetching the screen's data when the app opens on it. */
  prefetch?: () => void;
}

export const capabilities: Capability[] = [
  { path: '/peta', label: { id: 'Peta', en: 'Map' }, permission: 'read_registry', component: lazyPage(() => import('./map/MapPage')), prefetch: prefetchMap },
  { path: '/registri', label: { id: 'Registri', en: 'Registry' }, permission: 'read_registry', component: lazyPage(() => import('./registry/RegistryPage')) },
  { path: '/kerawanan', label: { id: 'Kerawanan', en: 'Vulnerability' }, permission: 'read_registry', component: lazyPage(() => import('./vulnerability/VulnerabilityPage')) },
  { path: '/kalender', label: { id: 'Tahapan & Paslon', en: 'Calendar & candidates' }, permission: 'read_registry', component: lazyPage(() => import('./calendar/CalendarPage')) },
  { path: '/pengamanan', label: { id: 'Pengamanan TPS', en: 'TPS security' }, permission: 'read_deployment', component: lazyPage(() => import('./deployment/DeploymentPage')) },
  { path: '/insiden', label: { id: 'Insiden', en: 'Incidents' }, permission: 'read_incidents', component: lazyPage(() => import('./incidents/IncidentsPage')) },
  { path: '/laphar', label: { id: 'Laphar', en: 'Daily report' }, permission: 'read_incidents', component: lazyPage(() => import('./incidents/LapharPage')) },
  { path: '/patroli', label: { id: 'Patroli & Pengawalan', en: 'Patrols & escorts' }, permission: 'read_patrols', component: lazyPage(() => import('./patrols/PatrolsPage')) },
  { path: '/kesiapan', label: { id: 'Kesiapan', en: 'Readiness' }, permission: 'read_personnel', component: lazyPage(() => import('./readiness/ReadinessPage')) },
  { path: '/skck', label: { id: 'Layanan SKCK', en: 'SKCK desk' }, permission: 'read_skck', component: lazyPage(() => import('./skck/SkckPage')) },
];

export const HOME = '/peta';

export function capabilityFor(path: string): Capability | undefined {
  return capabilities.find((c) => path === c.path || path.startsWith(c.path + '/'));
}
