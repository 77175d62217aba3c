/** Types for the one natural classifier module imported by deep path (natural's own typings cover only its index). */
declare module 'natural/lib/natural/classifiers/bayes_classifier.js' {
  /** natural's naive Bayes classifier; documents may be token arrays. */
  export default class BayesClassifier {
    addDocument(tokens: string[] | string, label: string): void;
    train(): void;
    getClassifications(tokens: string[] | string): { label: string; value: number }[];
  }
}
