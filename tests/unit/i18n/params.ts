/**
 * The parameters a template names, each once, sorted: `{name}`, and the number of a plural
 * (`{n, plural, one {# passage} other {# passages}}`), whose branches hold its forms, not names.
 */
export const paramsOf = (template: string): string[] =>
  [
    ...new Set(
      [
        ...template
          .replace(/(\{\w+), plural,[^{}]*(\{[^{}]*\}[^{}]*)*\}/gu, '$1}')
          .matchAll(/\{(\w+)\}/gu),
      ].map((m) => m[1]!),
    ),
  ].sort();
