package com.programaudit.web;

/**
 * One uploaded spreadsheet, held in memory. {@code fileName} is the client's name for it: display
 * text and a report label only, never a path on this machine.
 */
public record Upload(String fileName, byte[] bytes) { }
