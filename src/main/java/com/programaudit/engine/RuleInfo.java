package com.programaudit.engine;

import com.programaudit.model.Scope;
import com.programaudit.model.Severity;
import java.util.List;

/** A rule's metadata as written in its DRL ({@code @id}, {@code @severity}, …) and where it lives. */
public record RuleInfo(String id, String name, Severity severity, Scope scope, List<String> sources,
                       String description, String file) { }
