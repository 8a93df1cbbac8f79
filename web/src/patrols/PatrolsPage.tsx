// Patroli & Pengawalan (/patroli): patrol and escort plans, their routes,
// their execution in the field.
//   /patroli                      plans of a unit and a day
//   /patroli/baru                 a new plan
//   /patroli/{id}                 the plan: solve, routes, timetables, compliance live, track replay, exports
//   /patroli/{id}/tim/{team_id}   a team's phone: route, check-ins, position sending

import { matchPath } from '../core/router';
import { currentUser } from '../core/session';
import { PageTitle, useLang } from '../core/ui';
import { t as common } from '../core/words';
import type { PageProps } from '../nav';
import { PlanForm } from './PlanForm';
import { PlanList } from './PlanList';
import { PlanView } from './PlanView';
import { TeamPhone } from './TeamPhone';
import { canPatrol } from './types';
import { t } from './words';
import './patrols.css';

const isId = (s: string | undefined): s is string => !!s && /^\d+$/.test(s);

export default function PatrolsPage({ subpath }: PageProps) {
  useLang();
  const sub = subpath || '/';
  if (sub === '/baru') {
    if (!canPatrol(currentUser(), 'manage_patrols')) {
      return (
        <section class="page">
          <PageTitle>{t('newPlanTitle')}</PageTitle>
          <div class="state state-error" role="alert">
            {common('noPermission')}
          </div>
        </section>
      );
    }
    return <PlanForm />;
  }
  const team = matchPath('/:id/tim/:team', sub);
  if (team && isId(team.id) && isId(team.team)) return <TeamPhone planId={Number(team.id)} teamId={Number(team.team)} />;
  const m = matchPath('/:id', sub);
  if (m && isId(m.id)) return <PlanView id={Number(m.id)} />;
  return <PlanList />;
}
