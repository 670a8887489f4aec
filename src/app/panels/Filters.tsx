/** Role and outlet filters. */
import { ROLES, type Role } from '../../model/contract.js';

export const ROLE_NAMES: Record<Role, string> = {
  literal: 'Places',
  dateline: 'Datelines',
  metonymic: 'Names for a government ("Moscow said")',
  adjectival: 'Adjectives ("Geneva talks")',
  demonym: 'Demonyms ("Syrian")',
};

type Props = {
  roles: readonly Role[];
  outlets: readonly string[] | null;
  allOutlets: readonly string[];
  onRoles: (roles: Role[]) => void;
  onOutlets: (outlets: string[] | null) => void;
};

export function Filters({ roles, outlets, allOutlets, onRoles, onOutlets }: Props) {
  const toggleRole = (r: Role, on: boolean) => onRoles(ROLES.filter((x) => (x === r ? on : roles.includes(x))));
  const chosen = outlets ?? allOutlets;
  const toggleOutlet = (o: string, on: boolean) => {
    const next = allOutlets.filter((x) => (x === o ? on : chosen.includes(x)));
    onOutlets(next.length === allOutlets.length ? null : next);
  };
  return (
    <div className="filters">
      <fieldset>
        <legend>Mentions used as</legend>
        {ROLES.map((r) => (
          <label key={r}>
            <input type="checkbox" checked={roles.includes(r)} onChange={(e) => toggleRole(r, e.target.checked)} /> {ROLE_NAMES[r]}
          </label>
        ))}
      </fieldset>
      {allOutlets.length > 1 && (
        <fieldset>
          <legend>Outlets</legend>
          {allOutlets.map((o) => (
            <label key={o}>
              <input type="checkbox" checked={chosen.includes(o)} onChange={(e) => toggleOutlet(o, e.target.checked)} /> {o}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
