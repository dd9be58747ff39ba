package dev.handbook.model;

/**
 * A `[[workflow]]` or `[[workflow#section]]` reference written in a body; section is empty when
 * absent.
 */
public record WorkflowLink(String target, String section, SourcePos pos) {}
