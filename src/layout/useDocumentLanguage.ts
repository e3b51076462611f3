import { useEffect } from 'react';
import { useLocale } from 'react-admin';

/** The page says which language it is in (`<html lang>`, WCAG 3.1.1): screen readers read it with the right voice. */
export function useDocumentLanguage(): void {
  const locale = useLocale();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
}
