package fr.assises.evaluation.results;


/**
 * Which cells of a table to hide so that no group under the threshold can be read, nor recovered from a total.
 * A cell counting 1 to k−1 is hidden (primary suppression); when the cells add up to a total shown elsewhere, more
 * cells are hidden (complementary suppression) until the hidden cells are two or more and add up to 0 or at least
 * k, so subtracting the visible cells from the total gives no small group back.
 */
final class Suppression {

    private Suppression() {
    }

    /** {@code additive}: the cells add up to a total that is shown (a single choice, categories of respondents). */
    static boolean[] hidden(int[] counts, int k, boolean additive) {
        boolean[] hide = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            hide[i] = counts[i] > 0 && counts[i] < k;
        }
        if (!additive) {
            return hide;
        }
        while (true) {
            int cells = 0;
            int sum = 0;
            for (int i = 0; i < counts.length; i++) {
                if (hide[i]) {
                    cells++;
                    sum += counts[i];
                }
            }
            if (sum == 0 || (cells >= 2 && sum >= k)) {
                return hide;
            }
            int next = smallestVisible(counts, hide);
            if (next < 0) {
                return hide;
            }
            hide[next] = true;
        }
    }

    /** The smallest visible non-zero cell, else a visible zero cell, else -1. */
    private static int smallestVisible(int[] counts, boolean[] hide) {
        int best = -1;
        for (int i = 0; i < counts.length; i++) {
            if (!hide[i] && counts[i] > 0 && (best < 0 || counts[i] < counts[best])) {
                best = i;
            }
        }
        if (best < 0) {
            for (int i = 0; i < counts.length; i++) {
                if (!hide[i]) {
                    return i;
                }
            }
        }
        return best;
    }
}
