package com.programaudit.model;

/** A cell the coach wrote, with its text as shown in the spreadsheet; fixes rewrite these. */
public final class SourceCell {
    private final CellRef ref;
    private final String text;

    public SourceCell(CellRef ref, String text) {
        this.ref = ref;
        this.text = text == null ? "" : text;
    }

    public CellRef getRef() { return ref; }
    public String getText() { return text; }
    public boolean isBlank() { return text.isBlank(); }
    @Override public String toString() { return ref + "=" + text; }
}
