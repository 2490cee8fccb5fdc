package com.programaudit.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Which build of program-audit is running: its version and build time, written into the jar by
 * Maven. Compiled rules are Java classes linked against this build's model classes, so the rule
 * cache is keyed by it: a rebuilt product never loads rules compiled for another one.
 */
final class ProductBuild {
    private static final String RESOURCE = "/program-audit-build.properties";
    private static final String ID = read();

    private ProductBuild() { }

    /** "0.1.0-SNAPSHOT built 2026-11-30T09:20:00.000+0000", or "unknown build" outside a Maven build. */
    static String id() { return ID; }

    private static String read() {
        try (InputStream in = ProductBuild.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return "unknown build";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "?") + " built " + p.getProperty("built", "?");
        } catch (IOException e) {
            return "unknown build";
        }
    }
}
