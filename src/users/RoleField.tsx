import { ROLES } from '@/domain/types';
import { SelectField, SelectInput, type SelectFieldProps, type SelectInputProps } from 'react-admin';

export const roleChoices = ROLES.map((role) => ({ id: role, name: `app.roles.${role}` }));

export const RoleField = (props: Omit<SelectFieldProps, 'choices'>) => <SelectField choices={roleChoices} {...props} />;
export const RoleInput = (props: Omit<SelectInputProps, 'choices'>) => <SelectInput choices={roleChoices} {...props} />;
