package dev.handbook.model;

/** An ordinary Markdown link or image in a body, by its written destination. */
public record MarkdownLink(String destination, boolean image, SourcePos pos) {}
