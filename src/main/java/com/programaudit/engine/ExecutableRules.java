package com.programaudit.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.JarInputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.InternalKieModuleProvider;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.util.maven.support.ReleaseIdImpl;

/**
 * Rules compiled to Drools' executable model: the DRL is parsed and its Java compiled once, into a
 * kjar of classes; loading that kjar builds the KieBase straight from the classes (no DRL parser,
 * no Java compiler), about a third of the CPU of a classic build. Drools 8+ can no longer serialize
 * a KieBase, and a classic kjar is re-parsed and re-compiled on every load, so this is the form
 * that can be cached.
 */
final class ExecutableRules {
    private static final AtomicLong BUILDS = new AtomicLong();

    private ExecutableRules() { }

    /** The kjar of the files, or null when the executable model does not compile them. */
    static byte[] build(KieServices kie, KieFileSystem files, String fingerprint) {
        ReleaseId release = kie.newReleaseId("com.programaudit",
                "rules-" + fingerprint.substring(0, 16) + "-" + BUILDS.incrementAndGet(), "1.0.0");
        files.generateAndWritePomXML(release);
        KieBuilder builder = kie.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        if (!builder.getResults().getMessages(Message.Level.ERROR).isEmpty()) return null;
        return stored(((InternalKieModule) builder.getKieModule()).getBytes());
    }

    /**
     * The jar with its entries stored rather than deflated: every start reads it back, and inflating
     * its classes was a fifth of the time a cached rule base took to load. A larger file in the cache.
     */
    static byte[] stored(byte[] jar) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(jar.length * 3);
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                out.setMethod(ZipOutputStream.STORED);
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    byte[] content = in.readAllBytes();
                    ZipEntry copy = new ZipEntry(entry.getName());
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    copy.setSize(content.length);
                    copy.setCompressedSize(content.length);
                    copy.setCrc(crc.getValue());
                    out.putNextEntry(copy);
                    out.write(content);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the compiled rules could not be stored", e);
        }
    }

    /** A KieBase from a kjar made by {@link #build}; throws when the bytes are not one. */
    static KieBase load(byte[] kjar) {
        KieServices kie = KieServices.Factory.get();
        MemoryFileSystem files = filesOf(kjar);
        String pom = files.findPomProperties();
        if (pom == null) throw new IllegalArgumentException("no pom.properties in the compiled rules");
        ReleaseId release = ReleaseIdImpl.fromPropertiesString(pom);
        InternalKieModule module = InternalKieModuleProvider.get(release, defaultModule(kie), files);
        kie.getRepository().addKieModule(module);
        return kie.newKieContainer(release).getKieBase();
    }

    /**
     * The kjar's files as {@code MemoryFileSystem.readFromJar} reads them (a JarInputStream, so a leading manifest
     * is not among them; folders left out), each read whole: Drools copies them a byte at a call, 57 ms of a cold
     * start's loading of the cached rules (900 KB).
     */
    static MemoryFileSystem filesOf(byte[] kjar) {
        MemoryFileSystem files = new MemoryFileSystem();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) files.write(entry.getName(), in.readAllBytes(), true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the compiled rules could not be read", e);
        }
        return files;
    }

    /**
     * What Drools assumes when a project has no kmodule.xml (one default KieBase of every package):
     * set in code, because reading a kmodule.xml would need drools-xml-support.
     */
    private static KieModuleModel defaultModule(KieServices kie) {
        KieModuleModel module = kie.newKieModuleModel();
        module.newKieBaseModel("defaultKieBase").setDefault(true).addPackage("*")
                .newKieSessionModel("defaultKieSession").setDefault(true);
        return module;
    }
}
