import { SelectField, type SelectFieldProps } from 'react-admin';
import { AUDIT_ACTIONS } from '@/domain/types';

export const auditActionChoices = AUDIT_ACTIONS.map((action) => ({ id: action, name: `app.audit.actions.${action}` }));

export const AuditActionField = (props: Omit<SelectFieldProps, 'choices'>) => <SelectField choices={auditActionChoices} {...props} />;
