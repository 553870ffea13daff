/**
 * Moves the focus to the error summary when a page comes back with one (GOV.UK pattern), so that keyboard and screen
 * reader users start from the list of what to fix. Without JavaScript the summary is still first in <main> and
 * announced (role="alert").
 */
document.querySelector<HTMLElement>('.resume-erreurs')?.focus();
