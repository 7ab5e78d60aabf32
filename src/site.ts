/** Site-wide names and navigation labels. URLs are built in src/lib/urls.ts, never here. */
export const SITE = {
  title: 'Reasoning Atlas',
  tagline: 'A companion to the survey of reinforced reasoning with large language models',
  description:
    'Read the survey "Towards Large Reasoning Models" chapter by chapter and look up every method, model, dataset and benchmark it discusses.',
  survey: {
    title: 'Towards Large Reasoning Models: A Survey of Reinforced Reasoning with Large Language Models',
    authors: 'Fengli Xu et al.',
    arxiv: '2501.09686',
    bibKey: 'xu2025towards',
  },
} as const;

/** Header navigation: route names resolved by src/lib/urls.ts. */
export const NAV = [
  { route: 'chapters', label: 'Chapters' },
  { route: 'methods', label: 'Methods' },
  { route: 'references', label: 'References' },
  { route: 'glossary', label: 'Glossary' },
] as const;
