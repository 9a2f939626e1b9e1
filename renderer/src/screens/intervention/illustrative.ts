// Which parts of an intervention's record are illustrative (invented for demonstration).
import type { InterventionDetail } from '../../../../shared/model/catalogue';

export function fieldIsIllustrative(detail: InterventionDetail, ...fields: string[]): boolean {
  return fields.some((f) => detail.illustrativeFields.includes(f));
}

/** True when any cost item is illustrative, and so is anything worked out from the items. */
export function costsAreIllustrative(detail: InterventionDetail): boolean {
  return detail.costItems.some((c) => c.illustrative);
}
