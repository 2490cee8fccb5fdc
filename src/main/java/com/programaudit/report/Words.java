package com.programaudit.report;

/** Counts as a coach reads them: "1 error", "2 errors". */
final class Words {
    private Words() { }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
