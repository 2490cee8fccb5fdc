package com.programaudit.layout;

import java.util.List;
import java.util.Map;

/**
 * One business's table template, from a mapping file in {@code rules/layouts/}: which header texts
 * name which field (keys of {@link LayoutMappings#FIELDS}), and optionally the only sheet to search.
 */
public record LayoutMapping(String file, String sheet, Map<String, List<String>> headers) { }
