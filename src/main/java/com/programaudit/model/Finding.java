package com.programaudit.model;

import java.util.List;

/** A problem a rule found, where it is and how to fix it. Rule metadata is attached by the engine. */
public final class Finding {
    private final String rule;
    private final Severity severity;
    private final String message;
    private final List<String> sources;
    private final Location location;
    private final Fix fix;

    public Finding(String rule, Severity severity, String message, List<String> sources, Location location, Fix fix) {
        this.rule = rule;
        this.severity = severity;
        this.message = message;
        this.sources = List.copyOf(sources);
        this.location = location;
        this.fix = fix == null ? Fix.none() : fix;
    }

    public String getRule() { return rule; }
    public Severity getSeverity() { return severity; }
    public String getMessage() { return message; }
    public List<String> getSources() { return sources; }
    public Location getLocation() { return location; }
    public Fix getFix() { return fix; }
    @Override public String toString() { return rule + " " + location + ": " + message; }
}
