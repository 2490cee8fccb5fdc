package com.programaudit.files;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where program-audit keeps what it can make again (compiled rules, the class archive):
 * {@code -Dprogramaudit.cache=DIR}, else {@code $PROGRAM_AUDIT_CACHE}, else {@code $XDG_CACHE_HOME/program-audit},
 * else {@code ~/.cache/program-audit}; "off" turns caching off. JDK classes only: the launcher asks before
 * anything else is loaded.
 */
public final class CacheFolder {
    public static final String PROPERTY = "programaudit.cache";
    public static final String ENV = "PROGRAM_AUDIT_CACHE";

    private CacheFolder() { }

    /** The configured folder, or empty when caching is turned off. */
    public static Optional<Path> configured() {
        String chosen = System.getProperty(PROPERTY, System.getenv(ENV));
        if (chosen != null && !chosen.isBlank()) {
            return chosen.strip().equalsIgnoreCase("off") ? Optional.empty() : Optional.of(Path.of(chosen.strip()));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return Optional.of(base.resolve("program-audit"));
    }
}
