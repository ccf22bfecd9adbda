// What the A key does in the decision form: the rule that a reason the reader did not write is never
// sent unseen. The form as recommended, with a reason of its own: recorded at once. Otherwise the form
// is set to the recommendation first ("set"), an empty reason filled in with words the reader then
// sees in the field ("fill"), and a second A sends it.
import type { Decision, Recommendation } from '../../../../src/audit/model';

export type AcceptKeyStep = 'send' | 'set' | 'fill';

/** The minimum the server takes for a reason (src/audit/model.ts decideSchema). */
export const REASON_MIN = 3;

export const reasonIsEnough = (reason: string) => reason.trim().length >= REASON_MIN;

export function acceptKeyStep(
  form: { decision: Decision; into: number | null; reason: string },
  recommendation: Pick<Recommendation, 'decision' | 'into'>,
): AcceptKeyStep {
  if (!reasonIsEnough(form.reason)) return 'fill';
  const asRecommended = form.decision === recommendation.decision && form.into === recommendation.into;
  return asRecommended ? 'send' : 'set';
}
