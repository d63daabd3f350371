import type { AssessmentSummary } from '../../../shared/assessment';
import { CATEGORY_OF_KIND, type RegisterCategory, type RegisterItem, type RegisterItemFields, type RegisterStatus } from '../../../shared/register/register';

/** What the add/edit form holds: every field present, as the user sees it. */
export interface RegisterFormValues {
  title: string;
  category: RegisterCategory;
  department: string;
  year: number;
  status: RegisterStatus;
  exemptReason: string;
  note: string;
}

export function emptyFormValues(now: Date): RegisterFormValues {
  return { title: '', category: 'normative', department: '', year: now.getFullYear(), status: 'not-assessed', exemptReason: '', note: '' };
}

/** An item in the form. The recorded status, not the effective one: that is what is edited. */
export function formValuesOf(item: RegisterItem): RegisterFormValues {
  return {
    title: item.title,
    category: item.category,
    department: item.department,
    year: item.year,
    status: item.recordedStatus,
    exemptReason: item.exemptReason,
    note: item.note,
  };
}

/** The form for recording an assessment that is not in the register yet. */
export function formValuesFromAssessment(a: Pick<AssessmentSummary, 'title' | 'kind' | 'department' | 'createdAt'>): RegisterFormValues {
  return {
    title: a.title,
    category: CATEGORY_OF_KIND[a.kind],
    department: a.department,
    year: new Date(a.createdAt).getFullYear(),
    status: 'not-assessed',
    exemptReason: '',
    note: '',
  };
}

/** What is saved: a reason is kept only for an exemption, so a stale one never lingers. */
export function fieldsOf(values: RegisterFormValues): RegisterItemFields {
  return {
    title: values.title.trim(),
    category: values.category,
    department: values.department.trim(),
    year: values.year,
    status: values.status,
    exemptReason: values.status === 'exempt' ? values.exemptReason.trim() : '',
    note: values.note.trim(),
  };
}
