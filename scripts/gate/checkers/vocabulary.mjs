/* The TypeScript vocabulary module and its Apex twin declare exactly the same values and rules. */
import { checkVocabularyTwin } from '../vocabulary-twin.mjs';

export const vocabulary = {
  name: 'vocabulary',
  description: 'c/referenceProgram (TypeScript) and ReferenceProgram.cls (Apex) agree',
  run(root) {
    return { problems: checkVocabularyTwin(root) };
  }
};
