// The local figures every number on the Compare screen is worked out with, and where each came
// from: the price year and index, the discount rate, and the chosen outcome's baseline rate and
// unit costs from Library settings (issue 6, item 5).
import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../shared/errors';
import type { LocalFigures } from '../../../shared/model/compare';
import { GDP_DEFLATOR_SERIES } from '../../../shared/model/value';
import { baselineRateOf } from '../repos/baseline-rates';
import { priceIndexRows } from '../repos/price-index';
import { getOutcomeDomain } from '../repos/reference-data';
import { unitCostsOf } from '../repos/unit-costs';
import { analysisPriceYear, reportSettings } from './value';
import { valueSettingsInUse } from './value-settings';

/** An outcome by id with its direction; an unknown id is refused, naming the field. */
export function chosenOutcome(
  db: Database,
  id: string,
  field = 'outcomeId',
): NonNullable<LocalFigures['outcome']> {
  const domain = getOutcomeDomain(db, id);
  if (domain === null) throw new ApiFailure('INVALID_INPUT', `${field}: there is no outcome "${id}"`, field);
  return { id: domain.id, name: domain.name, higherIsBetter: domain.higherIsBetter };
}

export function localFigures(
  db: Database,
  outcome: LocalFigures['outcome'],
  areaId: string | null,
): LocalFigures {
  const settings = valueSettingsInUse(db);
  const rows = priceIndexRows(db, GDP_DEFLATOR_SERIES);
  // Without cost items to fall back on: the year a comparison's costs are brought to.
  const year = analysisPriceYear(
    settings.priceYear,
    rows.map((r) => r.year),
    [],
  );
  const baseline = outcome === null ? null : baselineRateOf(db, outcome.id, areaId);
  return {
    settings: reportSettings(year.year, year.isDefault, settings.discountRate, rows),
    discountRateSource: settings.discountRateSource,
    outcome,
    baselineRate:
      baseline === null
        ? null
        : {
            rate: baseline.rate,
            area: baseline.areaName,
            population: baseline.population,
            year: baseline.year,
            source: baseline.source,
          },
    unitCosts: outcome === null ? [] : unitCostsOf(db, outcome.id),
  };
}
