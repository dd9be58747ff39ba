/**
 * The command line: parses arguments, runs the pipeline, prints findings and returns the documented
 * exit code.
 */
package dev.handbook.cli;
