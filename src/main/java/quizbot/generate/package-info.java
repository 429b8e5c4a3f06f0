/**
 * The generator: article text → cleaned paragraphs → sentences and tokens (OpenNLP) → facts (dates,
 * money and figures, names, treaties) → questions with distractors → quality gate. Pure and
 * deterministic: the same article always gives the same question set.
 */
package quizbot.generate;
