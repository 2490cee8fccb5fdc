package com.programaudit.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the rules folder: --rules, else ./rules, else the rules/ folder beside the installed jar. */
final class RulesFolder {
    private RulesFolder() { }

    static Path resolve(Path option) {
        if (option != null) return option;
        Path here = Path.of("rules");
        if (Files.isDirectory(here)) return here;
        try {
            Path jar = Path.of(RulesFolder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
                if (Files.isDirectory(dir.resolve("rules"))) return dir.resolve("rules");
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to ./rules, which then reports that it is missing
        }
        return here;
    }
}
