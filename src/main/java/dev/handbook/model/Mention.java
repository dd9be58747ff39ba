package dev.handbook.model;

/** An `@id` written in a workflow or page body. */
public record Mention(String id, SourcePos pos) {}
