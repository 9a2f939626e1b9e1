// London's 32 boroughs and the City, the areas a new library starts with; users add others.

export interface AreaSeed {
  id: string;
  name: string;
  kind: 'borough' | 'city' | 'region';
}

const BOROUGHS = [
  'Barking and Dagenham',
  'Barnet',
  'Bexley',
  'Brent',
  'Bromley',
  'Camden',
  'Croydon',
  'Ealing',
  'Enfield',
  'Greenwich',
  'Hackney',
  'Hammersmith and Fulham',
  'Haringey',
  'Harrow',
  'Havering',
  'Hillingdon',
  'Hounslow',
  'Islington',
  'Kensington and Chelsea',
  'Kingston upon Thames',
  'Lambeth',
  'Lewisham',
  'Merton',
  'Newham',
  'Redbridge',
  'Richmond upon Thames',
  'Southwark',
  'Sutton',
  'Tower Hamlets',
  'Waltham Forest',
  'Wandsworth',
  'Westminster',
] as const;

/** A readable, stable id from a name: "Barking and Dagenham" -> "barking-and-dagenham". */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const AREAS: readonly AreaSeed[] = [
  { id: 'london', name: 'London (all boroughs)', kind: 'region' },
  { id: 'city-of-london', name: 'City of London', kind: 'city' },
  ...BOROUGHS.map((name) => ({ id: slugify(name), name, kind: 'borough' as const })),
];
