package com.programaudit.files;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where program-audit keeps what it can make again (compiled rules, the class archive):
 * {@code -Dprogramaudit.cache=DIR}, else {@code $PROGRAM_AUDIT_CACHE}, else {@code $XDG_CACHE_HOME/program-audit},
 * else {@code ~/.cache/program-audit}; "off" turns caching off, and so does a name that is no usable path. JDK classes only: the launcher asks before
 * anything else is loaded.
 */
public final class CacheFolder {
    public static final String PROPERTY = "programaudit.cache";
    public static final String ENV = "PROGRAM_AUDIT_CACHE";

    private CacheFolder() { }

    /** The configured folder, or empty when caching is turned off or no usable folder is named. */
    public static Optional<Path> configured() {
        return configured(System.getProperty(PROPERTY, System.getenv(ENV)), System.getenv("XDG_CACHE_HOME"),
                System.getProperty("user.home"));
    }

    /**
     * The folder the three settings name. Caching is only a speed-up, so a name this system cannot turn into a
     * path (a non-ASCII home under the C locale) means no cache rather than a failed command, and so does a home
     * that is not absolute: with no passwd entry Java calls it "?", and the cache would land in the user's
     * working folder. A relative XDG_CACHE_HOME is ignored, as the XDG spec says.
     */
    static Optional<Path> configured(String chosen, String xdgCacheHome, String userHome) {
        try {
            if (chosen != null && !chosen.isBlank()) {
                return chosen.strip().equalsIgnoreCase("off") ? Optional.empty() : Optional.of(Path.of(chosen.strip()));
            }
            if (xdgCacheHome != null && !xdgCacheHome.isBlank() && Path.of(xdgCacheHome).isAbsolute()) {
                return Optional.of(Path.of(xdgCacheHome).resolve("program-audit"));
            }
            if (userHome == null || !Path.of(userHome).isAbsolute()) return Optional.empty();
            return Optional.of(Path.of(userHome, ".cache", "program-audit"));
        } catch (InvalidPathException unusable) {
            return Optional.empty();
        }
    }
}
