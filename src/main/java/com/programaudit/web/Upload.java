package com.programaudit.web;

/**
 * One uploaded spreadsheet, held in memory. {@code fileName} is the client's name for it: display
 * text and a report label only, never a path on this machine.
 */
public record Upload(String fileName, byte[] bytes, String refusal) {
    public Upload(String fileName, byte[] bytes) { this(fileName, bytes, null); }

    /** A part of a batch upload that cannot be audited: it gets its own error report, the others go on. */
    static Upload refused(String fileName, String why) { return new Upload(fileName, new byte[0], why); }

    /** The reports of this upload: the audit, or one unreadable report saying why it was refused. */
    java.util.List<com.programaudit.audit.AuditReport> audit(com.programaudit.audit.AuditService service) {
        if (refusal == null) return service.audit(fileName, bytes);
        return java.util.List.of(com.programaudit.audit.AuditService.refused(fileName, refusal));
    }
}
