import { AutocompleteInput, ReferenceInput, type Validator } from 'react-admin';

/** How every pilot picker asks for pilots: by name; the layout asks the same once, so that it is at hand offline. */
export const PILOT_CHOICES = { sort: { field: 'name', order: 'ASC' as const }, perPage: 25 };

/**
 * A pilot, picked by name among every pilot: the first ones in alphabetical order at once, and
 * the API searched (over all pilots) as the user types.
 */
export const PilotInput = ({ source = 'pilotId', label, validate, alwaysOn }: { source?: string; label?: string; validate?: Validator | Validator[]; alwaysOn?: boolean }) => (
  <ReferenceInput source={source} reference="pilots" sort={PILOT_CHOICES.sort} perPage={PILOT_CHOICES.perPage} alwaysOn={alwaysOn}>
    <AutocompleteInput label={label} validate={validate} />
  </ReferenceInput>
);
