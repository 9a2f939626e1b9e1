// The EIF Guidebook's cost rating, 1 (lowest) to 5, from the unit cost per participant (£):
// < 100; 100–499; 500–999; 1,000–2,000; > 2,000.

export interface CostRating {
  rating: 1 | 2 | 3 | 4 | 5;
  band: string;
}

export function eifCostRating(costPerParticipant: number): CostRating {
  if (costPerParticipant < 100) return { rating: 1, band: 'under £100' };
  if (costPerParticipant < 500) return { rating: 2, band: '£100–£499' };
  if (costPerParticipant < 1000) return { rating: 3, band: '£500–£999' };
  if (costPerParticipant <= 2000) return { rating: 4, band: '£1,000–£2,000' };
  return { rating: 5, band: 'over £2,000' };
}
