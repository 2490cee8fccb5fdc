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

    /** Drools' setting of the language level its Java compiler compiles rule code at. */
    static final String JAVA_LEVEL_PROPERTY = "drools.dialect.java.compiler.lnglevel";
    /** The class whose initialisation fixes the level of the executable model's compiler, once per JVM. */
    private static final String JAVA_DIALECT_DEFAULTS = "org.drools.compiler.compiler.JavaDialectConfiguration";
    private static boolean levelPinned;

    private ExecutableRules() { }

    /** The kjar of the files, or null when the executable model does not compile them. */
    static byte[] build(KieServices kie, KieFileSystem files, String fingerprint) {
        ReleaseId release = kie.newReleaseId("com.programaudit",
                "rules-" + fingerprint.substring(0, 16) + "-" + BUILDS.incrementAndGet(), "1.0.0");
        files.generateAndWritePomXML(release);
        compileRuleCodeAtJava8();
        KieBuilder builder = kie.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        if (!builder.getResults().getMessages(Message.Level.ERROR).isEmpty()) return null;
        return stored(((InternalKieModule) builder.getKieModule()).getBytes());
    }

    /**
     * Has the executable model compile the rules' Java at language level 8, where {@code "a" + b} is a StringBuilder
     * chain rather than an invokedynamic call site. The rule classes load from the cache through Drools' own class
     * loader, which the class archive cannot hold, so each of their ~90 string concatenations was linked by
     * StringConcatFactory at every start (batch300: 1.3% of the wall, paired rounds). Drools reads the level once,
     * when its Java dialect defaults are initialised; the property is set for that moment only, so a classic build
     * still compiles at this JVM's level. Rules that need a later Java fail this build and are compiled the classic
     * way instead (see CachedRuleBase), uncached, with a warning. Called before a load as well as before a build, since
     * either initialises the defaults; a JVM whose defaults were initialised otherwise (a classic build first) keeps its
     * level.
     */
    private static synchronized void compileRuleCodeAtJava8() {
        if (levelPinned) return;
        levelPinned = true;
        if (System.getProperty(JAVA_LEVEL_PROPERTY) != null) return; // the user chose a level
        try {
            System.setProperty(JAVA_LEVEL_PROPERTY, "1.8");
            Class.forName(JAVA_DIALECT_DEFAULTS, true, ExecutableRules.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // another Drools: its compiler keeps its own level
        } finally {
            System.clearProperty(JAVA_LEVEL_PROPERTY);
        }
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
        // loading initialises Drools' Java dialect too: a server that loaded cached rules then compiles an edit
        compileRuleCodeAtJava8();
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
