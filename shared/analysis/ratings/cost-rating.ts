// The EIF Guidebook's cost rating, 1 (lowest) to 5, from the unit cost per participant (£):
// < 100; 100–499; 500–999; 1,000–2,000; > 2,000.

export interface CostRating {
  rating: 1 | 2 | 3 | 4 | 5;
  band: string;
}

/** The five bands in order, so a screen can show the whole scale beside the one that applies. */
export const EIF_COST_BANDS: readonly CostRating[] = [
  { rating: 1, band: 'under £100' },
  { rating: 2, band: '£100–£499' },
  { rating: 3, band: '£500–£999' },
  { rating: 4, band: '£1,000–£2,000' },
  { rating: 5, band: 'over £2,000' },
];

export function eifCostRating(costPerParticipant: number): CostRating {
  const c = costPerParticipant;
  const index = c < 100 ? 0 : c < 500 ? 1 : c < 1000 ? 2 : c <= 2000 ? 3 : 4;
  return { ...(EIF_COST_BANDS[index] as CostRating) };
}
