package com.programaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The part of a report's name that tells the clients of one file apart. */
class ReportSlugTest {
    @Test
    void clientNamesInAnyScriptKeepTheirLetters() {
        assertEquals("anna-schmidt", AuditService.slug("Anna Schmidt"));
        assertEquals("josé-núñez", AuditService.slug("José Núñez"));
        assertEquals("иван-петров", AuditService.slug("Иван Петров"));
        assertEquals("田中-太郎", AuditService.slug("田中 太郎"));
        assertEquals("김민수", AuditService.slug("김민수"));
        assertEquals("ännä", AuditService.slug("A\u0308nna\u0308"), "decomposed accents composed first");
    }

    @Test
    void punctuationPathsAndNothingAtAll() {
        assertEquals("etc-passwd", AuditService.slug("../../etc/passwd"));
        assertEquals("a-b", AuditService.slug("a/b"));
        assertEquals("program", AuditService.slug("  ***  "));
        assertEquals("program", AuditService.slug(null));
    }

    @Test
    void longNamesAreCutBetweenCharacters() {
        String cut = AuditService.slug("𝒜".repeat(70));
        assertEquals(60, cut.codePointCount(0, cut.length()));
    }
}
