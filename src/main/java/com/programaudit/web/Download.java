package com.programaudit.web;

/** A file the page offers for one report: sent inline (base64), saved by the browser under {@code fileName}. */
record Download(String label, String fileName, String contentType, byte[] bytes) {
    static String contentType(String extension) {
        return switch (extension) {
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "xlsm" -> "application/vnd.ms-excel.sheet.macroEnabled.12";
            case "xls" -> "application/vnd.ms-excel";
            case "csv" -> "text/csv";
            case "json" -> "application/json";
            default -> "application/octet-stream";
        };
    }
}
