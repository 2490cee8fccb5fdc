package com.programaudit.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CacheFolderTest {
    @Test
    void theChosenFolderWinsThenXdgThenTheHome() {
        assertEquals(Optional.of(Path.of("/tmp/chosen")), CacheFolder.configured(" /tmp/chosen ", "/x", "/home/coach"));
        assertEquals(Optional.of(Path.of("/x/program-audit")), CacheFolder.configured(null, "/x", "/home/coach"));
        assertEquals(Optional.of(Path.of("/home/coach/.cache/program-audit")), CacheFolder.configured("", null, "/home/coach"));
        assertEquals(Optional.empty(), CacheFolder.configured("OFF", "/x", "/home/coach"));
    }

    @Test
    void aNameThatIsNoPathMeansNoCacheNotAFailedCommand() {
        // what a non-ASCII home under the C locale gives: Path.of throws InvalidPathException
        assertEquals(Optional.empty(), CacheFolder.configured("/tmp/ca\0che", null, "/home/coach"));
        assertEquals(Optional.empty(), CacheFolder.configured(null, "/x\0y", "/home/coach"));
        assertEquals(Optional.empty(), CacheFolder.configured(null, null, "/home/co\0ach"));
    }

    @Test
    void aHomeThatIsNotAbsoluteMeansNoCacheNotOneInTheWorkingFolder() {
        // Java's user.home when the user has no passwd entry
        assertEquals(Optional.empty(), CacheFolder.configured(null, null, "?"));
        assertEquals(Optional.empty(), CacheFolder.configured(null, null, null));
    }

    @Test
    void aRelativeXdgCacheHomeIsIgnored() {
        assertEquals(Optional.of(Path.of("/home/coach/.cache/program-audit")), CacheFolder.configured(null, "cache", "/home/coach"));
    }
}
