/** The HTML validator every built page must pass, configured once. */
import { HtmlValidate, formatterFactory } from 'html-validate';

/**
 * html-validate's recommended rules, minus those that judge style rather than validity: KaTeX positions glyphs
 * with inline styles, and Prettier decides attribute and void-element style. Checkboxes may share a name, as HTML
 * allows for a group of them (the catalogue's facets submit every ticked value under the facet's name); other
 * controls still may not.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'no-inline-style': 'off',
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    'long-title': 'off',
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
});

/** The validator's errors for one document, formatted one per line; empty when it is valid. */
export async function htmlErrors(html: string, name: string): Promise<string> {
  const report = await validator.validateString(html, name);
  return report.valid ? '' : formatterFactory('text')(report.results);
}
