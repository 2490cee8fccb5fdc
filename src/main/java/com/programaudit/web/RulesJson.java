package com.programaudit.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.programaudit.engine.RuleBook;
import com.programaudit.engine.RuleInfo;

/** GET /api/rules: the rules as `rules list` gives them, the policy values and the last reload's problems. */
final class RulesJson {
    private RulesJson() { }

    static ObjectNode of(LiveRules.Snapshot rules) {
        RuleBook book = rules.book();
        ObjectNode root = WebJson.object();
        root.put("schema", 1);
        root.put("folder", folderName(book));
        root.put("loadedAt", rules.loadedAt().toString());
        ArrayNode list = root.putArray("rules");
        for (RuleInfo rule : book.rules()) {
            ObjectNode node = list.addObject();
            node.put("id", rule.id());
            node.put("severity", rule.severity() == null ? null : rule.severity().label());
            node.put("scope", rule.scope() == null ? null : rule.scope().label());
            ArrayNode sources = node.putArray("sources");
            rule.sources().forEach(sources::add);
            ArrayNode citations = node.putArray("citations");
            book.citations(rule).forEach(citations::add);
            node.put("description", rule.description());
            node.put("enabled", book.policy().enabled(rule.id()));
        }
        ObjectNode policy = root.putObject("policy");
        book.policy().values().forEach(policy::put);
        ArrayNode errors = root.putArray("errors");
        rules.problems().forEach(errors::add);
        if (rules.failedAt() == null) root.putNull("failedAt");
        else root.put("failedAt", rules.failedAt().toString());
        return root;
    }

    /** The rules folder by its name only: an answer never shows where on this machine the server runs. */
    static String folderName(RuleBook book) {
        java.nio.file.Path name = book.folder().toAbsolutePath().normalize().getFileName();
        return name == null ? "rules" : name.toString();
    }
}
