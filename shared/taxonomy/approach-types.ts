// The approach types a new library starts with (domain.md); users add their own.

export interface ApproachTypeSeed {
  id: string;
  name: string;
  description: string;
}

export const APPROACH_TYPES: readonly ApproachTypeSeed[] = [
  { id: 'mentoring', name: 'Mentoring', description: 'One-to-one support from a trusted adult or peer.' },
  {
    id: 'sports-diversion',
    name: 'Sports diversion',
    description: 'Structured sport and activities that offer a route away from offending.',
  },
  {
    id: 'school-based-police',
    name: 'School-based policing',
    description: 'Police officers based in or attached to schools.',
  },
  {
    id: 'triage-diversion',
    name: 'Triage and diversion',
    description: 'Assessment at the point of arrest and diversion from formal justice processes.',
  },
  {
    id: 'restorative-justice',
    name: 'Restorative justice',
    description: 'Bringing those harmed and those responsible into communication to repair harm.',
  },
  {
    id: 'family-therapy',
    name: 'Family therapy',
    description: 'Work with the whole family to change behaviour.',
  },
  {
    id: 'cadets',
    name: 'Cadets',
    description: 'Uniformed youth organisations run with the police or services.',
  },
  {
    id: 'education-awareness',
    name: 'Education and awareness',
    description: 'Sessions that teach safety, rights and consequences.',
  },
  {
    id: 'positive-activities',
    name: 'Positive activities',
    description: 'Holiday and out-of-school activities open to young people.',
  },
  {
    id: 'youth-participation',
    name: 'Youth participation',
    description: 'Young people advising on and shaping services.',
  },
  {
    id: 'resettlement',
    name: 'Resettlement',
    description: 'Support for young people leaving custody.',
  },
  {
    id: 'enforcement-prevention',
    name: 'Enforcement and targeted prevention',
    description: 'Police-led operations combining enforcement with prevention.',
  },
  {
    id: 'multi-agency-panel',
    name: 'Multi-agency panel',
    description: 'Partners assess and plan support for young people at risk.',
  },
  {
    id: 'community-reporting',
    name: 'Community reporting',
    description: 'Anonymous reporting channels for young people.',
  },
];
