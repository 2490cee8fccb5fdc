package com.programaudit.importer.words;

/** Plain whole numbers, which most value cells hold: recognised without a regex matcher (one per cell). */
public final class Digits {
    private Digits() { }

    /** True when the text is 1 to {@code longest} ASCII digits and nothing else: what the regex \d{1,longest} matches whole. */
    public static boolean plain(String text, int longest) {
        int n = text.length();
        if (n == 0 || n > longest) return false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    /** Whether the text holds an ASCII digit: what the regex \d (without UNICODE_CHARACTER_CLASS) needs to find. */
    static boolean any(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }
}
