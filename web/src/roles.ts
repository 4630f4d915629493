/**
 * A state's role in the alliance system and its colour: one definition that the World map's
 * "role" measure, the network's nodes, their legends and tables all read, so a role keeps its
 * colour on every page (blue for the United States and its NATO allies, teal for the Asia-Pacific
 * treaty allies, red for the rivals, amber for the gray zones).
 */
export const ROLES = ['United States', 'NATO member', 'Asia-Pacific treaty ally', 'partner', 'gray zone', 'rival'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_COLOURS: Readonly<Record<Role, string>> = {
  'United States': '#1f3b73', 'NATO member': '#4a7fc1', 'Asia-Pacific treaty ally': '#2e9e8f',
  partner: '#b9c7d6', 'gray zone': '#e0b45a', rival: '#c0473a',
};

export interface RoleFlags { patron: boolean; natoMember: boolean; asiaAlly: boolean; rival: boolean; grayZone: boolean }

/** The most specific role first: the patron, a NATO member, an Asia-Pacific ally, a rival, a gray zone, else a partner. */
export function roleFrom(r: RoleFlags): Role {
  if (r.patron) return 'United States';
  if (r.natoMember) return 'NATO member';
  if (r.asiaAlly) return 'Asia-Pacific treaty ally';
  if (r.rival) return 'rival';
  if (r.grayZone) return 'gray zone';
  return 'partner';
}
