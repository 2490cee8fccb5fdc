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

/** The cached kjar keeps every entry, byte for byte, stored rather than deflated. */
class StoredKjarTest {
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
