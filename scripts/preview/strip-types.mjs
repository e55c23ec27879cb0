/*
 * The project's strip-only TypeScript settings (scripts/build): types removed, nothing else, so
 * decorators reach the LWC compiler as written. Shared by the preview build and the node loader
 * of the backend's tests.
 */
import ts from 'typescript';

export const STRIP_TYPES = {
  target: ts.ScriptTarget.ESNext,
  module: ts.ModuleKind.ESNext,
  experimentalDecorators: false,
  useDefineForClassFields: true,
  verbatimModuleSyntax: true
};
