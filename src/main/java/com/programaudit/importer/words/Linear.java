package com.programaudit.importer.words;

/**
 * Pieces of regular expressions that keep a search linear in the text's length. A search (find,
 * split, replaceAll) tries every start; a pattern opening with {@code \s*} re-reads a whole run of
 * spaces from each start inside it, so a cell of 30,000 spaces costs 450 million steps.
 */
public final class Linear {
    /**
     * Optional spaces before a separator, as {@code \s*} matches them, but entered only at the start
     * of a run of spaces: the leftmost match is the same, and no start inside the run is retried.
     */
    public static final String SPACES_BEFORE = "(?:(?<!\\s)\\s+)?";

    private Linear() { }
}
