/**
 * Reading a content folder: YAML with positions, Markdown bodies, and the typed model built from
 * them.
 */
package dev.handbook.content;
