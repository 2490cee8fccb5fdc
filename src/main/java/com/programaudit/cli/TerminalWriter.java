package com.programaudit.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What the commands print, with the control characters of coach text made visible: a cell holding
 * ESC [2J or a BEL must not clear or ring the user's terminal. C0 controls show as their control
 * pictures (ESC as ␛), DEL as ␡, C1 controls and bidirectional overrides as '?'. Tabs and line ends
 * pass; a carriage return only as part of CR LF (a lone one could overwrite the line on screen).
 */
final class TerminalWriter extends FilterWriter {
    private boolean pendingReturn;

    private TerminalWriter(Writer out) { super(out); }

    /** Every text command's stdout and stderr go through this (auto-flushed, like a console). */
    static PrintWriter of(PrintWriter out) { return new PrintWriter(new TerminalWriter(out), true); }

    private static char visible(char c) {
        if (c == '\n' || c == '\t') return c;
        if (c < 0x20) return (char) (0x2400 + c);
        if (c == 0x7F) return '\u2421';
        if (c >= 0x80 && c <= 0x9F) return '?';
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) return '?';
        return c;
    }

    @Override public void write(int c) throws IOException {
        write(String.valueOf((char) c), 0, 1);
    }

    @Override public void write(char[] buffer, int offset, int length) throws IOException {
        write(new String(buffer, offset, length), 0, length);
    }

    @Override public void write(String text, int offset, int length) throws IOException {
        StringBuilder clean = new StringBuilder(length + 1);
        for (int i = offset; i < offset + length; i++) {
            char c = text.charAt(i);
            if (pendingReturn) {
                pendingReturn = false;
                if (c == '\n') {
                    clean.append("\r\n");
                    continue;
                }
                clean.append(visible('\r'));
            }
            if (c == '\r') pendingReturn = true;
            else clean.append(visible(c));
        }
        out.write(clean.toString());
    }

    @Override public void close() throws IOException {
        if (pendingReturn) out.write(visible('\r'));
        pendingReturn = false;
        super.close();
    }
}
