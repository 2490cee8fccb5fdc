package com.programaudit.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The cached kjar keeps every entry, byte for byte, stored rather than deflated, and reads back as Drools reads it. */
class StoredKjarTest {
    /** Our reading of a kjar gives the files Drools' own byte-at-a-time reading gives: manifest and folders left out. */
    @Test
    void theKjarReadsBackAsDroolsReadsIt() throws IOException {
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(jar, manifest)) {
            out.putNextEntry(new ZipEntry("failure/"));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("failure/Rules.class"));
            out.write("y".repeat(70_000).getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("META-INF/maven/com.programaudit/rules/pom.properties"));
            out.write("groupId=com.programaudit\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("empty.txt"));
            out.closeEntry();
        }
        for (byte[] kjar : new byte[][] {jar.toByteArray(), ExecutableRules.stored(jar.toByteArray())}) {
            org.drools.compiler.compiler.io.memory.MemoryFileSystem ours = ExecutableRules.filesOf(kjar);
            org.drools.compiler.compiler.io.memory.MemoryFileSystem drools =
                    org.drools.compiler.compiler.io.memory.MemoryFileSystem.readFromJar(kjar);
            assertEquals(new java.util.HashSet<>(drools.getFilePaths()), new java.util.HashSet<>(ours.getFilePaths()));
            assertEquals(3, ours.getFilePaths().size(), "the class, the pom properties and the empty file: " + ours.getFilePaths());
            for (org.drools.util.PortablePath path : drools.getFilePaths()) {
                assertArrayEquals(drools.getBytes(path), ours.getBytes(path), path.asString());
            }
        }
    }

    @Test
    void everyEntryIsKeptAndStored() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/maven/com.programaudit/rules/pom.properties", "groupId=com.programaudit\n".getBytes(StandardCharsets.UTF_8));
        entries.put("failure/Rules.class", "x".repeat(5000).getBytes(StandardCharsets.UTF_8));
        entries.put("empty.txt", new byte[0]);
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(deflated)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        Map<String, byte[]> read = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ExecutableRules.stored(deflated.toByteArray())))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertEquals(ZipEntry.STORED, entry.getMethod(), entry.getName());
                read.put(entry.getName(), in.readAllBytes());
            }
        }
        assertEquals(entries.keySet(), read.keySet());
        entries.forEach((name, bytes) -> assertArrayEquals(bytes, read.get(name), name));
    }
}
