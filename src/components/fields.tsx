/** react-admin's date and number fields, formatted for the language the user chose (not the browser's). */
import { DateField as RaDateField, NumberField as RaNumberField, useLocale, type DateFieldProps, type NumberFieldProps } from 'react-admin';

export const DateField = (props: DateFieldProps) => <RaDateField locales={useLocale()} {...props} />;
export const NumberField = (props: NumberFieldProps) => <RaNumberField locales={useLocale()} {...props} />;
