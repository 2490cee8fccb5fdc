package com.programaudit.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;

/** The rule files of a folder as a Drools project: each under src/main/resources/ at its relative path. */
final class RuleSources {
    private static final String ROOT = "src/main/resources/";

    private RuleSources() { }

    static KieFileSystem write(KieServices kie, Path folder, List<Path> ruleFiles) throws IOException {
        KieFileSystem files = kie.newKieFileSystem();
        for (Path file : ruleFiles) add(kie, files, folder, file);
        return files;
    }

    static void add(KieServices kie, KieFileSystem files, Path folder, Path file) throws IOException {
        files.write(ROOT + relative(folder, file),
                kie.getResources().newByteArrayResource(Files.readAllBytes(file)));
    }

    /** A rule file's path inside the rules folder with '/' between names, as messages and the cache name it. */
    static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
