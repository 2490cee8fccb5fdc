package com.programaudit.importer.layouts;

import com.programaudit.catalog.ExerciseCatalog;
import com.programaudit.layout.LayoutMapping;
import java.util.List;

/** What layouts may consult besides the grid: the exercise catalog and the mapping files of rules/layouts/. */
public record LayoutContext(ExerciseCatalog catalog, List<LayoutMapping> mappings) {
    public LayoutContext {
        mappings = List.copyOf(mappings);
    }
}
