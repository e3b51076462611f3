import { RadioButtonGroupInput } from 'react-admin';
import { groupChoices } from './choices';
import { validate } from './schemaValidation';

/** Where a measurement was taken: the pilot's sites (the default) or its comparison sites. */
export const MeasurementGroupInput = () => (
  <RadioButtonGroupInput source="group" choices={groupChoices} defaultValue="pilot" validate={validate('measurements', 'group')} row />
);
