package dev.svod.parsing.eval;

/**
 * Counts for one field: true positives (gold value found), false positives (a value the gold does not have),
 * false negatives (a gold value not found). A field with nothing to find and nothing found scores 1.
 */
public record FieldScore(String field, int truePositives, int falsePositives, int falseNegatives) {

    public double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? 1.0 : (double) truePositives / found;
    }

    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    FieldScore plus(int tp, int fp, int fn) {
        return new FieldScore(field, truePositives + tp, falsePositives + fp, falseNegatives + fn);
    }
}
