/** The components MDX content may use without importing them. */
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Equation from './Equation.astro';
import Figure from './Figure.astro';
import M from './M.astro';
import Results from './Results.astro';
import ScalingExplorer from './ScalingExplorer.astro';
import SurveyTable from './SurveyTable.astro';
import Term from './Term.astro';

export const mdxComponents = { Callout, Cite, Equation, Figure, M, Results, ScalingExplorer, SurveyTable, Term };
