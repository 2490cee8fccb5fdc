package com.programaudit.importer.grid;

import com.programaudit.importer.words.*;

import java.util.List;
import java.util.Optional;

/** A whole input file as text sheets, whatever its format. */
public record Grid(String fileName, List<GridSheet> sheets) {

    /** The first sheet whose name, ignoring case and punctuation, is one of {@code names}. */
    public Optional<GridSheet> sheetNamed(String... names) {
        for (GridSheet sheet : sheets) {
            String key = HeaderWords.key(sheet.name());
            for (String name : names) {
                if (key.equals(HeaderWords.key(name))) return Optional.of(sheet);
            }
        }
        return Optional.empty();
    }

    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
