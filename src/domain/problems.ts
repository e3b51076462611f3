/**
 * The problems a record can have, by code, worded in English: the API's answers and the SPA's
 * English messages (`app.validation.<code>`); the French catalogue words the same codes.
 */
/** English wording of each problem (`%{name}` stands for a parameter); the SPA's English messages too. */
export const PROBLEM_MESSAGES = {
  required: 'Required',
  unknown_field: 'Unknown field',
  text: 'Must be a text',
  too_long: 'Must be %{max} characters or fewer',
  bad_characters: 'Must not contain NUL characters or unpaired surrogates',
  email: 'Must be a valid email address',
  one_of: 'Must be one of: %{values}',
  boolean: 'Must be true or false',
  date: 'Must be a date written YYYY-MM-DD',
  datetime: 'Must be an ISO date-time',
  server_set: 'Set by the server',
  object: 'Must be an object',
  reference: 'Must be the id of a record',
  number: 'Must be a number',
  integer: 'Must be a whole number',
  min: 'Must be at least %{min}',
  above: 'Must be greater than %{above}',
  max: 'Must be at most %{max}',
  not_after_today: 'Must not be after today (%{today})',
  end_before_start: 'Must not be before the start date',
  target_above: 'Must be above the baseline for a KPI that should increase',
  target_below: 'Must be below the baseline for a KPI that should decrease',
  adoption_increases: 'An adoption KPI counts active users: it must increase',
  adoption_counts: 'An adoption KPI counts active users: its unit kind must be a count',
  scale_required: 'Required for a rating: the top of its scale (5, 10...)',
  scale_rating_only: 'Only a rating has a scale',
  completed_above_participants: 'Must not exceed the number of participants',
  new_end_required: 'Required when the pilot is extended',
  new_end_extension_only: 'Only an extension sets a new end date',
} as const;
export type ProblemCode = keyof typeof PROBLEM_MESSAGES;
