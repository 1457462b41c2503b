package org.shouhu.care;

/** The score of one area of an assessment, out of {@code maxScore}. */
public record AreaScore(AssessmentArea area, String label, int score, int maxScore) {
}
